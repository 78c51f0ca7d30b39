import { plainText } from '../../lib/sgr.js';
import { displayWidth } from '../../lib/width.js';
import type { LogLine } from '../../state/log-lines.js';
import type { RingBuffer } from '../../state/ring-buffer.js';

/** The sizes `T` steps through for the lines read first. */
export const TAIL_SIZES = [1000, 10_000, 'all', 100] as const;

export interface LogViewState {
  /** The sequence number of the bottom line shown; null follows the newest line. */
  anchor: number | null;
  isWrapped: boolean;
  hasTimestamps: boolean;
  tailIndex: number;
  /** The search text; matches are highlighted while it is not empty. */
  query: string;
}

export const initialLogView: LogViewState = {
  anchor: null,
  isWrapped: false,
  hasTimestamps: false,
  tailIndex: 0,
  query: '',
};

export interface Bounds {
  first: number;
  last: number;
}

export type LogViewAction =
  | { type: 'scroll'; delta: number; bounds: Bounds }
  | { type: 'top'; bounds: Bounds; rows: number }
  | { type: 'follow' }
  | { type: 'find'; direction: -1 | 1; buffer: RingBuffer<LogLine> }
  | { type: 'toggle-wrap' }
  | { type: 'toggle-timestamps' }
  | { type: 'tail-more' }
  | { type: 'query-type'; text: string }
  | { type: 'query-erase' }
  | { type: 'query-clear' };

function placed(seq: number, bounds: Bounds): number | null {
  if (seq >= bounds.last) return null;

  return Math.max(bounds.first, seq);
}

export function logViewReducer(
  state: LogViewState,
  action: LogViewAction,
): LogViewState {
  switch (action.type) {
    case 'scroll': {
      const from = state.anchor ?? action.bounds.last;
      return { ...state, anchor: placed(from + action.delta, action.bounds) };
    }
    case 'top': {
      // The anchor is the bottom line: the oldest line shows at the top of a full page.
      const bottom = action.bounds.first + action.rows - 1;
      return { ...state, anchor: placed(bottom, action.bounds) };
    }
    case 'follow':
      return { ...state, anchor: null };
    // Searching in the reducer sees the query as typed so far, even within a burst of keys.
    case 'find': {
      const { last } = boundsOf(action.buffer);
      const from = state.anchor ?? last + (action.direction === -1 ? 1 : 0);
      const seq = findMatch(action.buffer, state.query, from, action.direction);
      if (seq === null) return state;

      return { ...state, anchor: placed(seq, boundsOf(action.buffer)) };
    }
    case 'toggle-wrap':
      return { ...state, isWrapped: !state.isWrapped };
    case 'toggle-timestamps':
      // The lines are read again with or without times, from the newest.
      return { ...state, hasTimestamps: !state.hasTimestamps, anchor: null };
    case 'tail-more':
      return {
        ...state,
        tailIndex: (state.tailIndex + 1) % TAIL_SIZES.length,
        anchor: null,
      };
    // Typing arrives in bursts faster than renders: each key builds on the last state.
    case 'query-type':
      return { ...state, query: state.query + action.text };
    case 'query-erase':
      return { ...state, query: state.query.slice(0, -1) };
    case 'query-clear':
      return { ...state, query: '' };
  }
}

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

/** Rows a line takes at `width`: one when cut, more when wrapped. */
export function rowsOf(
  line: LogLine,
  width: number,
  isWrapped: boolean,
): number {
  if (!isWrapped) return 1;

  return Math.max(1, Math.ceil(displayWidth(plainText(line.text)) / width));
}

/** The sequence numbers shown, oldest first, so that the bottom one is `anchor`. */
export function visibleSeqs(
  buffer: RingBuffer<LogLine>,
  state: LogViewState,
  height: number,
  width: number,
): number[] {
  const { first, last } = boundsOf(buffer);
  const seqs: number[] = [];
  let rows = 0;

  // Lines keep coming while scrolled: an anchor that fell out of the buffer holds at the
  // oldest full page still there.
  const oldestPage = Math.min(last, first + height - 1);
  const bottom = Math.max(state.anchor ?? last, oldestPage);

  for (let seq = bottom; seq >= first && rows < height; seq--) {
    const line = buffer.at(seq);
    if (!line) break;

    rows += rowsOf(line, width, state.isWrapped);
    if (rows > height && seqs.length > 0) break;
    seqs.unshift(seq);
  }

  return seqs;
}
