import type { EngineTarget } from '../../docker/connection.js';
import type { DockerError } from '../../docker/errors.js';
import { targetLabel } from '../chrome/target-label.js';

export interface FailureText {
  title: string;
  detail: string;
  hints: string[];
}

function unreachableHint(target: EngineTarget, message: string): string {
  // The deadline of a call that got a connection and no answer.
  if (/did not answer/.test(message)) {
    return 'Something takes the connection but never answers: the engine is hung or frozen (SIGSTOP), or far too busy. Restart or resume it.';
  }

  if (!target.socketPath) {
    return 'Nothing answers at that host and port: start the engine there, or check the address, the network and the TLS settings.';
  }

  if (/ENOENT/.test(message)) {
    return 'No socket exists there: start the engine (sudo systemctl start docker).';
  }

  return 'The socket exists but no engine listens on it (the engine stopped, or it is not a socket): start or restart the engine.';
}

/** One plain screen per cause: what dockhand tried, what went wrong, what to do. */
export function describeFailure(
  error: DockerError,
  target: EngineTarget,
): FailureText {
  const where = `${target.address} (${targetLabel(target)})`;
  const other =
    'Press H to choose another engine, or start dockhand with --context NAME, ' +
    '--host ADDRESS or DOCKER_HOST.';

  switch (error.kind) {
    case 'permission':
      return {
        title: 'Permission denied on the Docker socket',
        detail: `dockhand may not open ${where}: ${error.message}`,
        hints: [
          'Add your user to the docker group (sudo usermod -aG docker $USER), then log in again.',
          'Or run dockhand as a user that may use the socket.',
          other,
        ],
      };
    case 'unreachable':
      return {
        title: 'Cannot reach the Docker engine',
        detail: `Nothing answers at ${where}: ${error.message}`,
        hints: [unreachableHint(target, error.message), other],
      };
    case 'api-version':
      return {
        title: 'The engine is too old for dockhand',
        detail: error.message,
        hints: ['Upgrade Docker, or use an engine with a newer API.'],
      };
    default:
      return {
        title: 'The Docker engine answered with an error',
        detail: `${where}: ${error.message}`,
        hints: [other],
      };
  }
}
