import type { DockerError } from '../docker/errors.js';

/** The engine's reason for a failed action, with what a person can do about it. */
export function explain(error: DockerError, verb: string): string {
  const reason = error.message
    .replace(/^\(HTTP code \d+\) [^-]+- /, '')
    // The engine names objects by their 64-digit IDs: 12 say the same in a status line.
    .replace(/\b([0-9a-f]{12})[0-9a-f]{52}\b/g, '$1')
    .trim();

  switch (error.kind) {
    case 'not-found':
      return `it no longer exists (removed meanwhile). ${reason}`;
    case 'conflict':
      // Checked before "running": force cannot remove an image a running container uses.
      if (/being used by running container|cannot be forced/i.test(reason)) {
        return `a running container uses it, and force cannot remove it: stop that container first. (${reason})`;
      }

      if (
        /running container|container is running|stop the container|as it is running/i.test(
          reason,
        )
      ) {
        return `it is running: stop it first, or press D to force-remove. (${reason})`;
      }

      if (/is (already )?paused|unpause/i.test(reason)) {
        return `it is paused: press p to unpause it first. (${reason})`;
      }

      if (
        /being used|is using|is in use|must force|has dependent/i.test(reason)
      ) {
        return `it is in use: remove the containers that use it first, or press D to force. (${reason})`;
      }

      return `the engine refused to ${verb} it: ${reason}`;
    case 'not-modified':
      return `nothing to do: ${reason || `already done`}`;
    case 'unreachable':
      return `the engine cannot be reached (${reason}).`;
    case 'permission':
      return `permission denied (${reason}).`;
    default:
      return reason;
  }
}
