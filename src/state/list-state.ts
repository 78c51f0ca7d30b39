/**
 * The state of one list pane: where the cursor is, what is marked, the filter and the sort.
 * The cursor follows a row's key, so that rows moving under it (an event re-sorts the list)
 * leave it on the same object; when that object vanishes, it stays at the same position.
 */

export interface ListState {
  cursorKey: string | null;
  cursorIndex: number;
  /** The first row on screen. */
  offset: number;
  marks: ReadonlySet<string>;
  filter: string;
  sortColumn: number;
  isSortReversed: boolean;
}

export type Motion = 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last';

export type ListAction =
  | { type: 'move'; motion: Motion; keys: readonly string[]; height: number }
  | { type: 'toggle-mark'; keys: readonly string[]; height: number }
  | { type: 'clear-marks' }
  /** The list's objects now: marks on objects gone meanwhile are dropped. */
  | { type: 'keep-marks'; keys: ReadonlySet<string> }
  | { type: 'filter'; text: string }
  /** Typing in the filter prompt: `text` is added, or with `erase` one character goes. */
  | { type: 'filter-type'; text: string }
  | { type: 'filter-erase' }
  | { type: 'sort-next'; columnCount: number }
  | { type: 'sort-reverse' };

export const initialListState: ListState = {
  cursorKey: null,
  cursorIndex: 0,
  offset: 0,
  marks: new Set(),
  filter: '',
  sortColumn: 0,
  isSortReversed: false,
};

/** The cursor's row index in `keys` as they are now. */
export function cursorOf(state: ListState, keys: readonly string[]): number {
  if (keys.length === 0) return 0;

  const byKey = state.cursorKey === null ? -1 : keys.indexOf(state.cursorKey);

  return byKey >= 0 ? byKey : Math.min(state.cursorIndex, keys.length - 1);
}

/** The first visible row, so that the cursor stays within a viewport of `height` rows. */
export function windowStart(
  offset: number,
  cursor: number,
  height: number,
  total: number,
): number {
  const rows = Math.max(1, height);
  const lowest = Math.max(0, cursor - rows + 1);
  const highest = Math.min(cursor, Math.max(0, total - rows));

  return Math.max(lowest, Math.min(offset, highest));
}

function target(motion: Motion, cursor: number, page: number, last: number) {
  switch (motion) {
    case 'up':
      return cursor - 1;
    case 'down':
      return cursor + 1;
    case 'page-up':
      return cursor - page;
    case 'page-down':
      return cursor + page;
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

function moveTo(
  state: ListState,
  keys: readonly string[],
  index: number,
  height: number,
): ListState {
  if (keys.length === 0) return { ...state, cursorIndex: 0, offset: 0 };

  const cursor = Math.max(0, Math.min(keys.length - 1, index));

  return {
    ...state,
    cursorKey: keys[cursor] ?? null,
    cursorIndex: cursor,
    offset: windowStart(state.offset, cursor, height, keys.length),
  };
}

export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'move': {
      const cursor = cursorOf(state, action.keys);
      const page = Math.max(1, action.height - 1);
      const index = target(action.motion, cursor, page, action.keys.length - 1);

      return moveTo(state, action.keys, index, action.height);
    }
    case 'toggle-mark': {
      const cursor = cursorOf(state, action.keys);
      const key = action.keys[cursor];
      if (key === undefined) return state;

      const marks = new Set(state.marks);
      if (marks.has(key)) marks.delete(key);
      else marks.add(key);

      return moveTo(
        { ...state, marks },
        action.keys,
        cursor + 1,
        action.height,
      );
    }
    case 'clear-marks':
      return { ...state, marks: new Set() };
    case 'keep-marks': {
      const marks = [...state.marks].filter((key) => action.keys.has(key));

      return marks.length === state.marks.size
        ? state
        : { ...state, marks: new Set(marks) };
    }
    case 'filter':
      return { ...state, filter: action.text, offset: 0 };
    case 'filter-type':
      return { ...state, filter: state.filter + action.text, offset: 0 };
    case 'filter-erase':
      return {
        ...state,
        filter: [...state.filter].slice(0, -1).join(''),
        offset: 0,
      };
    case 'sort-next':
      return {
        ...state,
        sortColumn: (state.sortColumn + 1) % Math.max(1, action.columnCount),
        isSortReversed: false,
      };
    case 'sort-reverse':
      return { ...state, isSortReversed: !state.isSortReversed };
  }
}
