import { sleep } from '../lib/sleep.js';

/**
 * How often a session asks the engine whether it still answers. With the ping's own 5 s
 * deadline, a hung engine is found 10 to 15 s after it stops answering.
 */
export const PING_INTERVAL_MS = 10_000;

/**
 * Pings the engine every `intervalMs` until `signal` aborts (then resolves), and rejects
 * with the first failed ping. A hung engine keeps its sockets open and breaks no stream, so
 * only a question it must answer tells it apart from a quiet one. One small request every
 * ten seconds is the whole idle cost: the lists are never polled.
 */
export async function watchLiveness(
  ping: () => Promise<void>,
  signal: AbortSignal,
  intervalMs = PING_INTERVAL_MS,
): Promise<void> {
  for (;;) {
    await sleep(intervalMs, signal);
    if (signal.aborted) return;

    await ping();
  }
}
