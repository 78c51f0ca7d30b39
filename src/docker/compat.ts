import type Docker from 'dockerode';
import type { Duplex } from 'node:stream';

/**
 * Requests made so that Docker and Podman's Docker-compatible API take them alike, where
 * dockerode's defaults suit Docker only. How Podman's answers are read is in podman.ts.
 */

/**
 * The list filter for `ids`, or none at all: Docker reads an empty `filters=` as no filter,
 * Podman refuses it as bad JSON.
 */
export function idFilter(ids: readonly string[] | undefined): {
  filters?: { id: string[] };
} {
  return ids ? { filters: { id: [...ids] } } : {};
}

/**
 * Runs a resize call. Podman answers a resize with 201 Created where Docker answers 200,
 * and dockerode counts 201 as a failure there: the terminal was resized all the same.
 */
export async function resized(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 201) throw error;
  }
}

/**
 * Attaches a terminal to a container: an upgraded connection whose request carries only its
 * query. dockerode's attach sends the options as a JSON body too, which Docker ignores and
 * Podman hands the container as its first input; a chunked empty body would hand it the
 * chunk terminator. An empty body of length 0 lets the request end without a byte, and the
 * upgraded socket stays open both ways.
 */
export function attachTerminal(docker: Docker, id: string): Promise<Duplex> {
  return new Promise((resolve, reject) =>
    docker.modem.dial(
      {
        path: `/containers/${encodeURIComponent(id)}/attach?`,
        method: 'POST',
        options: { stream: true, stdin: true, stdout: true, stderr: true },
        file: Buffer.alloc(0),
        isStream: true,
        hijack: true,
        openStdin: false,
        statusCodes: {
          200: true,
          404: 'no such container',
          500: 'server error',
        },
      },
      (error, stream) =>
        error ? reject(error) : resolve(stream as unknown as Duplex),
    ),
  );
}
