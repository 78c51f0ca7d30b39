import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo, ImageInfo } from '../../docker/types.js';
import { formatBytes, plural, shortId } from '../../lib/format.js';
import type { ImageRow } from '../../state/image-rows.js';
import type { Tasks, Verb } from '../../state/use-tasks.js';
import { type Confirmation, listNames } from '../dialogs/confirmation.js';

const REMOVE: Verb = { doing: 'removing', done: 'Removed', base: 'remove' };

/** What `d` does to one row, in words. */
export function rowRemovalText(row: ImageRow): string {
  const id = shortId(row.image.id);
  const size = formatBytes(row.image.size);
  const names = row.image.repoTags.length + row.image.repoDigests.length;

  if (row.kind === 'dangling') return `delete untagged image ${id} (${size})`;
  if (row.kind === 'tag' && row.image.repoTags.length > 1) {
    return `untag ${row.ref} (image ${id} keeps ${plural(row.image.repoTags.length - 1, 'other tag')})`;
  }

  return names > 1
    ? `remove the name ${row.ref} from image ${id}`
    : `remove ${row.ref} and delete image ${id} (${size}), its last name`;
}

/** `d`: removes each row's tag; the engine deletes an image with its last name. */
export function tagRemoval(
  service: DockerService,
  tasks: Tasks,
  rows: readonly ImageRow[],
): Confirmation {
  const inUse = rows.filter((r) => r.containers > 0 && r.kind !== 'tag');

  return {
    title: `Remove ${plural(rows.length, 'image name')}?`,
    lines: listNames(rows.map(rowRemovalText)),
    warnings: inUse.map(
      (r) =>
        `${r.ref} is used by ${plural(r.containers, 'container')}: the engine will refuse ` +
        'until they are removed (or press D to force).',
    ),
    onConfirm: () =>
      void tasks.run(
        REMOVE,
        rows.map((r) => ({
          key: r.key,
          name: r.ref === r.image.id ? shortId(r.image.id) : r.ref,
          run: async () => {
            await service.removeImage(r.ref, { force: false });
          },
        })),
      ),
  };
}

/** `D`: removes whole images by ID, with every tag, even when containers use them. */
export function imageForceRemoval(
  service: DockerService,
  tasks: Tasks,
  rows: readonly ImageRow[],
  containers: readonly ContainerInfo[],
): Confirmation {
  const images = [...new Map(rows.map((r) => [r.image.id, r.image])).values()];
  const users = (image: ImageInfo) =>
    containers.filter((c) => c.imageId === image.id);
  const keysOf = (image: ImageInfo) =>
    rows.filter((r) => r.image.id === image.id).map((r) => r.key);
  const warnings = images.flatMap((image) => {
    const using = users(image);
    if (using.length === 0) return [];

    // The engine counts a paused or restarting container as running: force cannot pass it.
    const running = using.filter((c) =>
      ['running', 'paused', 'restarting'].includes(c.state),
    ).length;
    const names = listNames(
      using.map((c) => c.name),
      4,
    ).join(', ');
    const id = shortId(image.id);

    // The refusal comes first: on a narrow terminal the end of the line is cut.
    return [
      running > 0
        ? `The engine will refuse ${id} while ${plural(running, 'container')} ` +
          `using it ${running === 1 ? 'runs' : 'run'} (of ${names}): stop ` +
          `${running === 1 ? 'it' : 'them'} first.`
        : `${id} is used by ${plural(using.length, 'container')} (${names}): ` +
          'they stay and show the image by ID.',
    ];
  });

  return {
    title: `Force-remove ${plural(images.length, 'image')} with all their tags?`,
    lines: listNames(
      images.map((image) => {
        const tags = image.repoTags.length;
        const names =
          tags > 0 ? `: ${listNames(image.repoTags, 3).join(', ')}` : '';

        return `${shortId(image.id)} (${formatBytes(image.size)}), ${plural(tags, 'tag')}${names}`;
      }),
    ),
    warnings,
    onConfirm: () =>
      void tasks.run(
        REMOVE,
        images.map((image) => ({
          key: keysOf(image)[0] ?? image.id,
          name: image.repoTags[0] ?? shortId(image.id),
          run: async () => {
            await service.removeImage(image.id, { force: true });
          },
        })),
      ),
  };
}
