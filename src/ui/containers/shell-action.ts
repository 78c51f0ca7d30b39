import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
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
    tasks.notify({
      tone: 'error',
      text: `No shell in ${container.name}: ${errorText(error)}`,
    });
  }
}
