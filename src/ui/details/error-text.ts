import { toDockerError } from '../../docker/errors.js';
import { safeCell } from '../../lib/safe-text.js';

/**
 * The engine's reason for a failure, without dockerode's "(HTTP code …)" prefix, safe to
 * draw: the engine's messages quote names and commands a container chose.
 */
export function errorText(error: unknown): string {
  return safeCell(
    toDockerError(error)
      .message.replace(/^\(HTTP code \d+\) [^-]+- /, '')
      .trim(),
  );
}
