import { describe, expect, it } from 'vitest';
import { RingBuffer } from '../../src/state/ring-buffer.js';

describe('RingBuffer', () => {
  it('holds at most its capacity and forgets the oldest items', () => {
    const ring = new RingBuffer<number>(3);

    for (let i = 0; i < 10; i++) ring.push(i);

    expect(ring.length).toBe(3);
    expect(ring.toArray()).toEqual([7, 8, 9]);
    expect(ring.firstSeq).toBe(7);
    expect(ring.at(6)).toBeUndefined();
    expect(ring.at(8)).toBe(8);
    expect(ring.totalPushed).toBe(10);
  });
});
