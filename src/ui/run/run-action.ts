import type { RunSpec } from '../../docker/details-types.js';
import type { DockerService } from '../../docker/service.js';
import { shortId } from '../../lib/format.js';
import type { Tasks } from '../../state/use-tasks.js';
import { errorText } from '../details/error-text.js';
import type { Handover } from '../hooks/use-handover.js';

/**
 * Creates and starts a container from the run form. An interactive run gets the terminal
 * like `docker run -it` and gives it back when the container's process ends. Resolves with
 * the engine's refusal, or null once the container runs.
 */
export async function runFromForm(
  service: DockerService,
  tasks: Tasks,
  handover: Handover,
  spec: RunSpec,
  onEnd: () => void,
): Promise<string | null> {
  try {
    const id = await service.createContainer(spec);
    const label = spec.name ?? shortId(id);

    if (!spec.isInteractive) {
      await service.containerAction(id, 'start');
      tasks.notify({
        tone: 'success',
        text: `Started ${label} from ${spec.image}`,
      });
      onEnd();
      return null;
    }

    const session = await service.startAttached(id, label);
    handover.start(session, (code) => {
      tasks.notify({
        tone: code === 0 ? 'success' : 'info',
        text:
          code === null
            ? `Left ${label}; it is still running`
            : `${label} exited with code ${code}`,
      });
      onEnd();
    });

    return null;
  } catch (error) {
    return errorText(error);
  }
}
