import { useMemo, useReducer, useRef } from 'react';
import {
  type Motion,
  cursorOf,
  initialListState,
  listReducer,
  windowStart,
} from '../../state/list-state.js';
import type { Column, SortOrder } from '../table/column.js';
import { type ViewRow, buildView } from '../table/view-rows.js';
import { isPrintable } from '../../keys/key-name.js';
import type { Handlers } from '../keys-router.js';

export interface ListPane<Row> {
  rows: ViewRow<Row>[];
  /** Rows of data the table has room for. */
  height: number;
  cursor: number;
  offset: number;
  marks: ReadonlySet<string>;
  filter: string;
  sortLabel: string;
  isSortReversed: boolean;
  setFilter: (text: string) => void;
  /** Edits the filter as the prompt receives keys. */
  typeFilter: (input: string, name: string) => void;
  /** The rows an action applies to: the marked rows still shown, else the cursor's. */
  targets: () => Row[];
  clearMarks: () => void;
  handlers: Handlers;
}

export interface ListConfig<Row> {
  keyOf: (row: Row) => string;
  columns: readonly Column<Row>[];
  sorts: readonly SortOrder<Row>[];
}

/**
 * Everything a list pane shares: sorting, filtering, the cursor, scrolling and marks.
 * `paneHeight` counts the table's header and the pane's info line.
 */
export function useListPane<Row>(
  items: readonly Row[],
  config: ListConfig<Row>,
  paneHeight: number,
): ListPane<Row> {
  const { keyOf, columns, sorts } = config;
  const [state, dispatchToReact] = useReducer(listReducer, initialListState);
  // Keys of one burst (`jt` sent at once) all run before React renders again: an action
  // must see the cursor the motion before it left, so the newest state is kept here too.
  const latest = useRef(state);
  latest.current = state;
  const dispatch = (action: Parameters<typeof listReducer>[1]) => {
    latest.current = listReducer(latest.current, action);
    dispatchToReact(action);
  };
  const sort = sorts[state.sortColumn];
  const height = Math.max(1, paneHeight - 2);

  const rows = useMemo(
    () =>
      buildView(items, {
        keyOf,
        columns,
        sort,
        isSortReversed: state.isSortReversed,
        filter: state.filter,
      }),
    [items, keyOf, columns, sort, state.isSortReversed, state.filter],
  );
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const cursor = cursorOf(state, keys);
  const offset = windowStart(state.offset, cursor, height, keys.length);
  const move = (motion: Motion) => () =>
    dispatch({ type: 'move', motion, keys, height });

  const targets = () => {
    const now = latest.current;
    const marked = rows.filter((view) => now.marks.has(view.key));
    if (marked.length > 0) return marked.map((view) => view.row);

    const current = rows[cursorOf(now, keys)];

    return current ? [current.row] : [];
  };

  return {
    rows,
    height,
    cursor,
    offset,
    marks: state.marks,
    filter: state.filter,
    sortLabel: sort?.label ?? '',
    isSortReversed: state.isSortReversed,
    setFilter: (text) => dispatch({ type: 'filter', text }),
    typeFilter: (input, name) => {
      if (name === 'backspace') dispatch({ type: 'filter-erase' });
      else if (isPrintable(input))
        dispatch({ type: 'filter-type', text: input });
    },
    targets,
    clearMarks: () => dispatch({ type: 'clear-marks' }),
    handlers: {
      up: move('up'),
      down: move('down'),
      'page-up': move('page-up'),
      'page-down': move('page-down'),
      first: move('first'),
      last: move('last'),
      mark: () => dispatch({ type: 'toggle-mark', keys, height }),
      sort: () => dispatch({ type: 'sort-next', columnCount: sorts.length }),
      'sort-reverse': () => dispatch({ type: 'sort-reverse' }),
    },
  };
}
