/** Delay before reconnect attempt `attempt` (1-based): 0.5 s doubling to at most 10 s. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** Math.max(0, attempt - 1));
}
