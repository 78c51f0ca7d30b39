import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DockerError } from '../../src/docker/errors.js';
import { watchLiveness } from '../../src/state/liveness.js';

describe('watchLiveness', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pings once per interval and nothing in between', async () => {
    const ping = vi.fn(async () => undefined);
    const stop = new AbortController();
    const watching = watchLiveness(ping, stop.signal, 10_000);

    await vi.advanceTimersByTimeAsync(9_999);
    expect(ping).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(20_001);
    expect(ping).toHaveBeenCalledTimes(3);

    stop.abort();
    await expect(watching).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(ping).toHaveBeenCalledTimes(3);
  });

  it('rejects with the failure of the first ping the engine does not answer', async () => {
    const silence = new DockerError('unreachable', 'no answer to a ping');
    const ping = vi
      .fn<() => Promise<void>>()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(silence);
    const watching = watchLiveness(ping, new AbortController().signal, 10);
    const outcome = expect(watching).rejects.toBe(silence);

    await vi.advanceTimersByTimeAsync(20);

    await outcome;
    expect(ping).toHaveBeenCalledTimes(2);
  });
});
