import { plainText } from '../../lib/sgr.js';
import type { LogLine } from '../../state/log-lines.js';
import type { RingBuffer } from '../../state/ring-buffer.js';

/** Sequence numbers of the oldest and newest lines a buffer holds. */
export interface Bounds {
  first: number;
  last: number;
}

/** The sequence numbers of the oldest and newest lines held. */
export function boundsOf(buffer: RingBuffer<LogLine>): Bounds {
  return { first: buffer.firstSeq, last: buffer.totalPushed - 1 };
}

function matches(line: LogLine | undefined, needle: string): boolean {
  return !!line && plainText(line.text).toLowerCase().includes(needle);
}

/**
 * The nearest line after `from` in `direction` (-1 older, 1 newer) that contains `query`
 * (ignoring case), or null when there is none.
 */
export function findMatch(
  buffer: RingBuffer<LogLine>,
  query: string,
  from: number,
  direction: -1 | 1,
): number | null {
  const needle = query.toLowerCase();
  const { first, last } = boundsOf(buffer);
  if (needle === '') return null;

  for (
    let seq = from + direction;
    seq >= first && seq <= last;
    seq += direction
  ) {
    if (matches(buffer.at(seq), needle)) return seq;
  }

  return null;
}

/** How many held lines contain `query`. */
export function countMatches(
  buffer: RingBuffer<LogLine>,
  query: string,
): number {
  const needle = query.toLowerCase();
  if (needle === '') return 0;

  let count = 0;
  for (const line of buffer.toArray()) if (matches(line, needle)) count += 1;

  return count;
}
