import { DockerError } from './errors.js';
import type { DockerService } from './service.js';
import type { ContainerInfo, DiskUsage, EngineEvent } from './types.js';

/**
 * Podman's Docker-compatible API answers some calls in shapes of its own. This wraps the
 * service so that, on Podman, each of those answers reads as Docker's would, or fails with a
 * plain "Podman does not offer …" where it has no equivalent. On Docker it changes nothing.
 */

/** The failure of a feature Podman's Docker API lacks. */
export function unsupported(feature: string): DockerError {
  return new DockerError(
    'unsupported',
    `Podman does not offer ${feature} through its Docker API.`,
  );
}

/**
 * Podman lists its default network "podman" as "bridge", as Docker names its own, but keeps
 * the name "podman" on the containers attached to it.
 */
function onBridge<T extends ContainerInfo>(container: T): T {
  return {
    ...container,
    networks: container.networks.map((n) => (n === 'podman' ? 'bridge' : n)),
  };
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
  new Map(items.map((item) => [key(item), item]));

/**
 * Podman's /system/df gives images without their names ("latest" alone) or `sha256:`,
 * containers without mounts or networks and volumes without dates: take those from the
 * lists and only the sizes from df. Objects not in both went away or came meanwhile.
 */
async function completeDiskUsage(
  service: DockerService,
  usage: DiskUsage,
): Promise<DiskUsage> {
  const [containers, images, volumes] = await Promise.all([
    service.listContainers(),
    service.listImages(),
    service.listVolumes(),
  ]);
  const listedContainers = byKey(containers, (c) => c.id);
  const listedImages = byKey(images, (i) => i.id.replace(/^sha256:/, ''));
  const listedVolumes = byKey(volumes, (v) => v.name);
  const completed = usage.images.flatMap((image) => {
    const listed = listedImages.get(image.id.replace(/^sha256:/, ''));
    return listed
      ? [{ ...image, ...listed, sharedSize: image.sharedSize }]
      : [];
  });
  // Podman gives no layers total: count each image's own bytes, and the largest shared
  // set once (exact when the images share one base, an estimate otherwise).
  const shared = Math.max(0, ...completed.map((i) => i.sharedSize));
  const unique = completed.reduce((sum, i) => sum + i.size - i.sharedSize, 0);

  return {
    ...usage,
    layersSize: usage.layersSize || unique + shared,
    images: completed,
    containers: usage.containers.flatMap((c) => {
      const listed = listedContainers.get(c.id);
      return listed ? [{ ...c, ...onBridge(listed), sizeRw: c.sizeRw }] : [];
    }),
    volumes: usage.volumes.flatMap((v) => {
      const listed = listedVolumes.get(v.name);
      return listed ? [{ ...v, ...listed, size: v.size }] : [];
    }),
  };
}

/** The service, answering on Podman as it does on Docker; `isPodman` is asked per call. */
export function withPodmanAnswers(
  service: DockerService,
  isPodman: () => boolean,
): DockerService {
  // Podman 4 sends no network events: tell the listeners what dockhand did itself.
  const listeners = new Set<(event: EngineEvent) => void>();

  return {
    ...service,

    listContainers: async (ids) => {
      const list = await service.listContainers(ids);
      return isPodman() ? list.map(onBridge) : list;
    },

    containerSizes: async (ids) => {
      const list = await service.containerSizes(ids);
      return isPodman() ? list.map(onBridge) : list;
    },

    diskUsage: async (signal) => {
      const usage = await service.diskUsage(signal);
      return isPodman() ? completeDiskUsage(service, usage) : usage;
    },

    pruneBuildCache: async (ids) => {
      try {
        return await service.pruneBuildCache(ids);
      } catch (error) {
        const isMissing = (error as DockerError).statusCode === 404;
        if (isPodman() && isMissing) throw unsupported('build-cache pruning');
        throw error;
      }
    },

    removeNetwork: async (id) => {
      await service.removeNetwork(id);
      if (!isPodman()) return;

      const event: EngineEvent = {
        scope: 'network',
        action: 'destroy',
        id,
        timeNano: Date.now() * 1e6,
      };
      for (const listener of listeners) listener(event);
    },

    streamEvents: async (onEvent, signal) => {
      listeners.add(onEvent);
      try {
        await service.streamEvents(onEvent, signal);
      } finally {
        listeners.delete(onEvent);
      }
    },
  };
}
