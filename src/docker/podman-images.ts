import type { DockerService } from './service.js';
import type { ContainerInfo } from './types.js';
import { unsupported } from './podman-answers.js';

type ImageCalls = Pick<DockerService, 'listImages' | 'removeImage'>;

/**
 * Podman 4 reads every image while it lists or removes one, and fails ("image not known")
 * when another image vanishes meanwhile. dockhand's own image calls therefore go one at a
 * time on Podman, and a list that meets another client's removal is read again.
 */
const RACE = /image not known/;
const LIST_ATTEMPTS = 3;

function oneAtATime() {
  let last: Promise<unknown> = Promise.resolve();

  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = last.then(task, task);
    last = next.catch(() => undefined);
    return next;
  };
}

async function readAgainOnRace<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      const isRace = RACE.test((error as Error).message);
      if (!isRace || attempt >= LIST_ATTEMPTS) throw error;
    }
  }
}

/**
 * The containers created from the image `ref` (an ID or a tag). Podman's forced image
 * removal removes them with it, running or not, where Docker leaves them be.
 */
async function usersOf(
  service: DockerService,
  ref: string,
): Promise<ContainerInfo[]> {
  const image = (await service.listImages()).find(
    (i) => i.id === ref || i.id === `sha256:${ref}` || i.repoTags.includes(ref),
  );
  if (!image) return [];

  return (await service.listContainers()).filter((c) => c.imageId === image.id);
}

/** The image list and removal on Podman: one at a time, and never taking containers. */
export function podmanImageCalls(service: DockerService): ImageCalls {
  const queue = oneAtATime();

  return {
    listImages: () => queue(() => readAgainOnRace(service.listImages)),

    removeImage: (ref, options) =>
      queue(async () => {
        const users = options.force ? await usersOf(service, ref) : [];
        if (users.length > 0) {
          const names = users.map((c) => c.name).join(', ');
          throw unsupported(
            'removing an image that containers use while keeping them',
            `its forced removal would remove ${names} too; remove them first`,
          );
        }

        return service.removeImage(ref, options);
      }),
  };
}
