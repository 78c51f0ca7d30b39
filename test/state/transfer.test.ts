import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/docker/progress.js';
import {
  applyProgress,
  finishTransfer,
  startTransfer,
  totalBytes,
} from '../../src/state/transfer.js';

const layer = (
  id: string,
  status: string,
  current: number | null = null,
  total: number | null = null,
): ProgressEvent => ({
  kind: 'layer',
  id,
  status,
  current,
  total,
});

const replay = (events: ProgressEvent[]) =>
  events.reduce(applyProgress, startTransfer('pull x'));

describe('transfer progress', () => {
  it('counts download bytes per layer and in total, and completes finished layers', () => {
    const state = replay([
      layer('a', 'Pulling fs layer'),
      layer('b', 'Pulling fs layer'),
      layer('a', 'Downloading', 50, 100),
      layer('b', 'Downloading', 10, 300),
      layer('a', 'Download complete'),
    ]);

    expect(
      state.layers.map((l) => [l.id, l.status, l.current, l.total]),
    ).toEqual([
      ['a', 'Download complete', 100, 100],
      ['b', 'Downloading', 10, 300],
    ]);
    expect(totalBytes(state)).toEqual({ current: 110, total: 400 });
  });

  it('does not count extraction as more bytes moved', () => {
    const state = replay([
      layer('a', 'Downloading', 100, 100),
      layer('a', 'Extracting', 5, 100),
    ]);

    expect(state.layers[0]).toMatchObject({
      status: 'Extracting',
      current: 100,
    });
  });

  it('keeps lines that name no layer, and ends failed with the message or cancelled', () => {
    const state = replay([{ kind: 'line', text: 'Step 1/2 : FROM x' }]);

    expect(state.lines).toEqual(['Step 1/2 : FROM x']);
    expect(
      finishTransfer(state, { kind: 'engine', message: 'boom' }),
    ).toMatchObject({
      phase: 'failed',
      error: 'boom',
    });
    expect(
      finishTransfer(state, { kind: 'cancelled', message: 'cancelled' }).phase,
    ).toBe('cancelled');
    expect(finishTransfer(state, null).phase).toBe('done');
  });

  it('says plainly that a transfer cut off by a lost engine did not finish', () => {
    const state = startTransfer('Pull x');

    const ended = finishTransfer(state, {
      kind: 'unreachable',
      message: 'aborted',
    });

    expect(ended.phase).toBe('failed');
    expect(ended.error).toMatch(/^the engine went away before it finished/);
    expect(ended.error).toContain('start it again once the engine is back');
  });
});
