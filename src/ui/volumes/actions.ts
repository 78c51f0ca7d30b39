import type { DockerService } from '../../docker/service.js';
import { formatBytes, plural } from '../../lib/format.js';
import type { VolumeRow } from '../../state/storage-rows.js';
import type { Notice, Tasks, Verb } from '../../state/use-tasks.js';
import { type Confirmation, listNames } from '../dialogs/confirmation.js';

const REMOVE: Verb = { doing: 'removing', done: 'Removed', base: 'remove' };

/**
 * `d`: removes the volumes no container uses. Volumes in use are refused here with the
 * containers named, before anything is asked, since the engine would refuse them anyway.
 */
export function volumeRemoval(
  service: DockerService,
  tasks: Tasks,
  rows: readonly VolumeRow[],
): Confirmation | Notice {
  const busy = rows.filter((r) => r.users.length > 0);
  const free = rows.filter((r) => r.users.length === 0);
  if (free.length === 0) {
    const [first] = busy;

    return {
      tone: 'error',
      text:
        `Cannot remove ${first?.volume.name ?? 'it'}: it is used by ` +
        `${listNames(first?.users ?? [], 3).join(', ')}. Remove those containers first.`,
    };
  }

  return {
    title: `Remove ${plural(free.length, 'volume')} and the data in ${free.length === 1 ? 'it' : 'them'}?`,
    lines: listNames(
      free.map(
        (r) =>
          `${r.volume.name}${r.size >= 0 ? ` (${formatBytes(r.size)})` : ''}`,
      ),
    ),
    warnings: busy.map(
      (r) =>
        `${r.volume.name} stays: it is used by ${listNames(r.users, 3).join(', ')}.`,
    ),
    onConfirm: () =>
      void tasks.run(
        REMOVE,
        free.map((r) => ({
          key: r.volume.name,
          name: r.volume.name,
          run: () => service.removeVolume(r.volume.name),
        })),
      ),
  };
}
