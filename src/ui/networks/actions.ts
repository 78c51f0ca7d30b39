import type { DockerService } from '../../docker/service.js';
import type { NetworkRow } from '../../state/storage-rows.js';
import type { Notice, Tasks, Verb } from '../../state/use-tasks.js';
import { type Confirmation, listNames } from '../dialogs/confirmation.js';

const REMOVE: Verb = { doing: 'removing', done: 'Removed', base: 'remove' };

/**
 * `d`: removes user networks. The engine's own bridge, host and none are never offered;
 * networks with containers attached stay, named, since the engine refuses them.
 */
export function networkRemoval(
  service: DockerService,
  tasks: Tasks,
  rows: readonly NetworkRow[],
): Confirmation | Notice {
  const user = rows.filter((r) => !r.network.isBuiltIn);
  const free = user.filter((r) => r.attached.length === 0);
  const busy = user.filter((r) => r.attached.length > 0);
  if (free.length === 0) {
    const [first] = busy;

    return {
      tone: 'error',
      text: first
        ? `Cannot remove ${first.network.name}: ${listNames(first.attached, 3).join(', ')} ` +
          'attached. Remove or disconnect those containers first.'
        : 'bridge, host and none are the engine’s own networks: they cannot be removed.',
    };
  }

  return {
    title: `Remove ${free.length} network${free.length === 1 ? '' : 's'}?`,
    lines: listNames(
      free.map((r) => `${r.network.name} (${r.network.driver})`),
    ),
    warnings: busy.map(
      (r) =>
        `${r.network.name} stays: ${listNames(r.attached, 3).join(', ')} attached.`,
    ),
    onConfirm: () =>
      void tasks.run(
        REMOVE,
        free.map((r) => ({
          key: r.network.id,
          name: r.network.name,
          run: () => service.removeNetwork(r.network.id),
        })),
      ),
  };
}
