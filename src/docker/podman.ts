import type { DockerError } from './errors.js';
import { completeDiskUsage, onBridge, unsupported } from './podman-answers.js';
import { podmanImageCalls } from './podman-images.js';
import type { DockerService } from './service.js';
import type { EngineEvent } from './types.js';

/**
 * Podman's Docker-compatible API answers some calls in shapes of its own. This wraps the
 * service so that, on Podman, each of those answers reads as Docker's would, or fails with a
 * plain "Podman does not offer …" where it has no equivalent. On Docker it changes nothing.
 */

/** The service, answering on Podman as it does on Docker; `isPodman` is asked per call. */
export function withPodmanAnswers(
  service: DockerService,
  isPodman: () => boolean,
): DockerService {
  // Podman 4 sends no network events: tell the listeners what dockhand did itself.
  const listeners = new Set<(event: EngineEvent) => void>();
  const images = podmanImageCalls(service);

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

    listImages: () => (isPodman() ? images.listImages() : service.listImages()),

    removeImage: (ref, options) =>
      isPodman()
        ? images.removeImage(ref, options)
        : service.removeImage(ref, options),

    diskUsage: async (signal) => {
      const usage = await service.diskUsage(signal);
      return isPodman()
        ? completeDiskUsage({ ...service, ...images }, usage)
        : usage;
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
