import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import type { TaskItem, Tasks, Verb } from '../../state/use-tasks.js';
import { type Confirmation, listNames } from '../dialogs/confirmation.js';
import { stateText } from './columns.js';

const VERBS = {
  start: { doing: 'starting', done: 'Started', base: 'start' },
  stop: { doing: 'stopping', done: 'Stopped', base: 'stop' },
  restart: { doing: 'restarting', done: 'Restarted', base: 'restart' },
  pause: { doing: 'pausing', done: 'Paused', base: 'pause' },
  unpause: { doing: 'unpausing', done: 'Unpaused', base: 'unpause' },
  remove: { doing: 'removing', done: 'Removed', base: 'remove' },
} satisfies Record<string, Verb>;

const isUp = (c: ContainerInfo) =>
  c.state === 'running' || c.state === 'restarting' || c.state === 'paused';

function items(
  containers: readonly ContainerInfo[],
  run: (c: ContainerInfo) => Promise<void>,
): TaskItem[] {
  return containers.map((c) => ({
    key: c.id,
    name: c.name,
    run: () => run(c),
  }));
}

/**
 * `s`: stops what runs and starts what does not. With a mixed selection each container
 * goes the way its own state says.
 */
export function startOrStop(
  service: DockerService,
  tasks: Tasks,
  containers: readonly ContainerInfo[],
): void {
  const running = containers.filter(isUp);
  const stopped = containers.filter((c) => !isUp(c));

  void tasks.run(
    VERBS.stop,
    items(running, (c) => service.containerAction(c.id, 'stop')),
  );
  void tasks.run(
    VERBS.start,
    items(stopped, (c) => service.containerAction(c.id, 'start')),
  );
}

export function restart(
  service: DockerService,
  tasks: Tasks,
  containers: readonly ContainerInfo[],
): void {
  void tasks.run(
    VERBS.restart,
    items(containers, (c) => service.containerAction(c.id, 'restart')),
  );
}

/** `p`: unpauses what is paused and pauses the rest. */
export function pauseOrUnpause(
  service: DockerService,
  tasks: Tasks,
  containers: readonly ContainerInfo[],
): void {
  const paused = containers.filter((c) => c.state === 'paused');
  const others = containers.filter((c) => c.state !== 'paused');

  void tasks.run(
    VERBS.unpause,
    items(paused, (c) => service.containerAction(c.id, 'unpause')),
  );
  void tasks.run(
    VERBS.pause,
    items(others, (c) => service.containerAction(c.id, 'pause')),
  );
}

/** The question before `d` (or `D` with `force`) removes containers. */
export function removal(
  service: DockerService,
  tasks: Tasks,
  containers: readonly ContainerInfo[],
  force: boolean,
): Confirmation {
  const up = containers.filter(isUp);
  const noun = containers.length === 1 ? 'container' : 'containers';
  const warnings =
    up.length === 0
      ? []
      : force
        ? [
            `${up.length} ${up.length === 1 ? 'is' : 'are'} running and will be killed.`,
          ]
        : [
            `${up.length} ${up.length === 1 ? 'is' : 'are'} running: the engine will ` +
              'refuse those; press D to force-remove instead.',
          ];

  return {
    title: `${force ? 'Force-remove' : 'Remove'} ${containers.length} ${noun} (and ${containers.length === 1 ? 'its' : 'their'} anonymous volumes)?`,
    lines: listNames(
      containers.map((c) => `${c.name}  ${stateText(c)}  ${c.image}`),
    ),
    warnings,
    onConfirm: () =>
      void tasks.run(
        VERBS.remove,
        items(containers, (c) => service.removeContainer(c.id, { force })),
      ),
  };
}
