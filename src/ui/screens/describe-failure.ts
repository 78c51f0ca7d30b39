import type { EngineTarget } from '../../docker/connection.js';
import type { DockerError } from '../../docker/errors.js';

export interface FailureText {
  title: string;
  detail: string;
  hints: string[];
}

const SOURCE: Record<EngineTarget['source'], string> = {
  flag: 'from --host',
  env: 'from DOCKER_HOST',
  default: 'the default socket',
};

/** One plain screen per cause: what dockhand tried, what went wrong, what to do. */
export function describeFailure(
  error: DockerError,
  target: EngineTarget,
): FailureText {
  const where = `${target.address} (${SOURCE[target.source]})`;
  const other =
    'Point dockhand at another engine with --host unix:///path/to/docker.sock or DOCKER_HOST.';

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
        hints: !target.socketPath
          ? [
              'Nothing answers at that host and port: start the engine there, or check the address (and TLS settings).',
              other,
            ]
          : /ENOENT/.test(error.message)
            ? [
                'No socket exists there: start the engine (sudo systemctl start docker).',
                other,
              ]
            : [
                'The socket exists but no engine listens on it (the engine stopped, or it is not a socket): start or restart the engine.',
                other,
              ],
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
