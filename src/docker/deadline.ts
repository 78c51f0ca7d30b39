import { DockerError, toDockerError } from './errors.js';

/** How long the engine may take to say its version when dockhand (re)connects. */
export const CONNECT_TIMEOUT_MS = 5000;

/**
 * How long a liveness ping may take. /_ping does no work in the engine, so a healthy one
 * answers in milliseconds even when busy; five seconds is slack for a loaded machine.
 */
export const PING_TIMEOUT_MS = 5000;

/**
 * How long a full list may take. Generous: a host with thousands of containers answers in
 * a few seconds, and an engine that deadlocks on its container store answers never.
 */
export const LIST_TIMEOUT_MS = 30_000;

/**
 * Runs one request-response call with a signal that aborts it after `ms`; a call cut that
 * way rejects in plain words. Streams never get a deadline: an idle events or logs stream
 * is healthy, and a hung engine is found by the liveness check instead.
 */
export async function withDeadline<T>(
  what: string,
  ms: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const signal = AbortSignal.timeout(ms);

  try {
    return await call(signal);
  } catch (error) {
    if (signal.aborted) {
      throw new DockerError(
        'unreachable',
        `the engine did not answer ${what} within ${ms / 1000} s`,
      );
    }

    throw toDockerError(error);
  }
}
