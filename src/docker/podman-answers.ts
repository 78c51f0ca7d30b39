import { DockerError } from './errors.js';
import type { DockerService } from './service.js';
import type { ContainerInfo, DiskUsage } from './types.js';

/** How answers of Podman's Docker-compatible API read as Docker's (see podman.ts). */

/** The failure of a feature Podman's Docker API lacks, with what to do instead. */
export function unsupported(feature: string, hint?: string): DockerError {
  return new DockerError(
    'unsupported',
    `Podman does not offer ${feature} through its Docker API` +
      (hint ? `: ${hint}.` : '.'),
  );
}

/**
 * Podman lists its default network "podman" as "bridge", as Docker names its own, but keeps
 * the name "podman" on the containers attached to it.
 */
export function onBridge<T extends ContainerInfo>(container: T): T {
  return {
    ...container,
    networks: container.networks.map((n) => (n === 'podman' ? 'bridge' : n)),
  };
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
  new Map(items.map((item) => [key(item), item]));

/**
 * Podman's /system/df gives images once per tag, without their names ("latest" alone) or
 * `sha256:`, containers without mounts or networks and volumes without dates: take those
 * from the lists and only the sizes from df. Objects not in both went away or came meanwhile.
 */
export async function completeDiskUsage(
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
  // df gives an image once per tag: keep one, with every tag from the list.
  const byId = byKey(usage.images, (i) => i.id.replace(/^sha256:/, ''));
  const completed = [...byId].flatMap(([id, image]) => {
    const listed = listedImages.get(id);
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
