import type { LogLine } from '../../state/log-lines.js';
import type { RingBuffer } from '../../state/ring-buffer.js';
import { type Bounds, boundsOf, findMatch } from './log-search.js';

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
