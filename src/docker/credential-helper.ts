import { execFile } from 'node:child_process';
import { DockerError } from './errors.js';

export type Env = Record<string, string | undefined>;

/**
 * Runs `docker-credential-HELPER VERB` with `input` on its stdin, as the docker CLI does
 * (get and erase take the server URL, store takes a JSON record), and returns its stdout.
 */
export function runHelper(
  helper: string,
  verb: 'get' | 'store' | 'erase',
  input: string,
  env: Env,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      `docker-credential-${helper}`,
      [verb],
      { env: env as NodeJS.ProcessEnv },
      (error, stdout) => {
        if (!error) return resolve(stdout);

        // The helper's own words say why, and never hold the secret it was given.
        const words = stdout.trim() || error.message;
        reject(
          new DockerError('engine', `credential helper ${helper}: ${words}`),
        );
      },
    );
    child.stdin?.end(input);
  });
}
