import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../src/state/log-lines.js';
import { RingBuffer } from '../../../src/state/ring-buffer.js';
import {
  boundsOf,
  countMatches,
  findMatch,
} from '../../../src/ui/details/log-search.js';
import {
  initialLogView,
  logViewReducer,
} from '../../../src/ui/details/log-view-state.js';
import { visibleSeqs } from '../../../src/ui/details/log-window.js';

function buffer(texts: string[], capacity = 100): RingBuffer<LogLine> {
  const ring = new RingBuffer<LogLine>(capacity);
  for (const text of texts) ring.push({ stream: 'stdout', text });

  return ring;
}

describe('the log view', () => {
  it('finds matches upwards and downwards from a line, ignoring colours and case', () => {
    const ring = buffer([
      'ok',
      '\u001b[31mERROR\u001b[0m one',
      'ok',
      'error two',
      'ok',
    ]);

    expect(findMatch(ring, 'error', 5, -1)).toBe(3);
    expect(findMatch(ring, 'error', 3, -1)).toBe(1);
    expect(findMatch(ring, 'error', 1, -1)).toBeNull();
    expect(findMatch(ring, 'error', 1, 1)).toBe(3);
    expect(countMatches(ring, 'ERROR')).toBe(2);
  });

  it('shows the newest lines while following and stops following when scrolled', () => {
    const ring = buffer(Array.from({ length: 50 }, (_, i) => `line ${i}`));
    const bounds = boundsOf(ring);

    expect(visibleSeqs(ring, initialLogView, 3, 80)).toEqual([47, 48, 49]);

    const scrolled = logViewReducer(initialLogView, {
      type: 'scroll',
      delta: -10,
      bounds,
    });
    expect(visibleSeqs(ring, scrolled, 3, 80)).toEqual([37, 38, 39]);

    const back = logViewReducer(scrolled, {
      type: 'scroll',
      delta: 20,
      bounds,
    });
    expect(back.anchor).toBeNull();
  });

  it('counts wrapped rows so that long lines take the room they need', () => {
    const ring = buffer(['short', 'x'.repeat(25), 'last']);
    const wrapped = { ...initialLogView, isWrapped: true };

    expect(visibleSeqs(ring, wrapped, 4, 10)).toEqual([1, 2]);
  });

  it('keeps positions right when old lines fall out of the buffer', () => {
    const ring = buffer(
      Array.from({ length: 30 }, (_, i) => `line ${i}`),
      10,
    );

    expect(boundsOf(ring)).toEqual({ first: 20, last: 29 });
    expect(findMatch(ring, 'line 25', 29, -1)).toBe(25);
    expect(findMatch(ring, 'line 5', 29, -1)).toBeNull();

    const scrolledPast = { ...initialLogView, anchor: 12 };
    expect(visibleSeqs(ring, scrolledPast, 3, 80)).toEqual([20, 21, 22]);
  });
});
