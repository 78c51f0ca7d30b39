import { toDockerError } from '../../docker/errors.js';

/** The engine's reason for a failure, without dockerode's "(HTTP code …)" prefix. */
export function errorText(error: unknown): string {
  return toDockerError(error)
    .message.replace(/^\(HTTP code \d+\) [^-]+- /, '')
    .trim();
}
