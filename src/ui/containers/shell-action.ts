import { toDockerError } from '../../docker/errors.js';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import { explain } from '../../state/explain.js';
import type { Tasks } from '../../state/use-tasks.js';
import { errorText } from '../details/error-text.js';
import type { Handover } from '../hooks/use-handover.js';

/**
 * `e`: a shell in the container, through the engine. The shell is found before the screen
 * is handed over, so that "no shell here" shows in dockhand rather than in a blank terminal.
 */
export async function openShell(
  service: DockerService,
  tasks: Tasks,
  handover: Handover,
  container: ContainerInfo,
  onEnd: () => void,
): Promise<void> {
  tasks.notify({ tone: 'info', text: `opening a shell in ${container.name}…` });

  try {
    const session = await service.openShell(container.id, container.name);
    handover.start(session, (code) => {
      tasks.notify({
        tone: code === 0 ? 'success' : 'info',
        text:
          code === null
            ? `Left ${session.label}; it is still running`
            : `${session.label} exited with code ${code}`,
      });
      onEnd();
    });
  } catch (error) {
    // A paused or stopped container refuses an exec: say what to do, not "no shell".
    const refusal = toDockerError(error);
    const reason =
      refusal.kind === 'conflict'
        ? explain(refusal, 'open a shell in')
        : errorText(error);
    tasks.notify({
      tone: 'error',
      text: `Could not open a shell in ${container.name}: ${reason}`,
    });
  }
}
