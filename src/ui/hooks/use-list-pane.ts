import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { isPrintable } from '../../keys/key-name.js';
import {
  type ListAction,
  type ListState,
  type Motion,
  cursorOf,
  initialListState,
  listReducer,
  windowStart,
} from '../../state/list-state.js';
import { createStore } from '../../state/store.js';
import type { Handlers } from '../keys-router.js';
import type { Column, SortOrder } from '../table/column.js';
import { type ViewRow, buildView } from '../table/view-rows.js';

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
  /** The row under the cursor as of the last key, for actions on one row (a view, a shell). */
  cursorRow: () => Row | undefined;
  clearMarks: () => void;
  handlers: Handlers;
}

export interface ListConfig<Row> {
  keyOf: (row: Row) => string;
  columns: readonly Column<Row>[];
  sorts: readonly SortOrder<Row>[];
}

interface View<Row> {
  rows: ViewRow<Row>[];
  keys: string[];
}

interface CachedView<Row> extends View<Row> {
  items: readonly Row[];
  sortColumn: number;
  isSortReversed: boolean;
  filter: string;
}

/**
 * The rows as `state` orders and filters them, built again only when the items, the sort or
 * the filter changed: moving the cursor over 10,000 rows costs no re-sort.
 */
function useView<Row>(config: ListConfig<Row>) {
  const cache = useRef<CachedView<Row> | null>(null);

  return (items: readonly Row[], state: ListState): View<Row> => {
    const last = cache.current;
    if (
      last &&
      last.items === items &&
      last.sortColumn === state.sortColumn &&
      last.isSortReversed === state.isSortReversed &&
      last.filter === state.filter
    ) {
      return last;
    }

    const rows = buildView(items, {
      keyOf: config.keyOf,
      columns: config.columns,
      sort: config.sorts[state.sortColumn],
      isSortReversed: state.isSortReversed,
      filter: state.filter,
    });
    const { sortColumn, isSortReversed, filter } = state;
    const keys = rows.map((row) => row.key);
    cache.current = { items, sortColumn, isSortReversed, filter, rows, keys };

    return cache.current;
  };
}

/**
 * Everything a list pane shares: sorting, filtering, the cursor, scrolling and marks.
 * `paneHeight` counts the table's header and the pane's info line.
 *
 * The state lives in a store that key handlers read at once, so the keys of one burst
 * ("j j d" typed fast) each see what the key before did: `d` acts on the row the cursor
 * has reached, not on the row of the last frame drawn.
 */
export function useListPane<Row>(
  items: readonly Row[],
  config: ListConfig<Row>,
  paneHeight: number,
): ListPane<Row> {
  const [store] = useState(() => createStore(initialListState));
  const state = useSyncExternalStore(store.subscribe, store.get);
  const viewOf = useView(config);
  const height = Math.max(1, paneHeight - 2);
  const latest = useRef({ items, height });
  latest.current = { items, height };

  const now = () => viewOf(latest.current.items, store.get());
  const dispatch = (action: ListAction) =>
    store.set(listReducer(store.get(), action));
  const move = (motion: Motion) => () =>
    dispatch({
      type: 'move',
      motion,
      keys: now().keys,
      height: latest.current.height,
    });

  // A removed object must not stay marked: its key could come back (a tag made again) and
  // be acted on unseen, and the count of marks would include it meanwhile.
  useEffect(() => {
    const keys = new Set(items.map(config.keyOf));
    dispatch({ type: 'keep-marks', keys });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only new items can orphan marks
  }, [items]);

  const { rows, keys } = viewOf(items, state);
  const cursor = cursorOf(state, keys);
  const sort = config.sorts[state.sortColumn];

  const cursorRow = () => {
    const view = now();

    return view.rows[cursorOf(store.get(), view.keys)]?.row;
  };

  const targets = () => {
    const view = now();
    const { marks } = store.get();
    const marked = view.rows.filter((row) => marks.has(row.key));
    if (marked.length > 0) return marked.map((row) => row.row);

    const current = view.rows[cursorOf(store.get(), view.keys)];

    return current ? [current.row] : [];
  };

  return {
    rows,
    height,
    cursor,
    offset: windowStart(state.offset, cursor, height, keys.length),
    marks: state.marks,
    filter: state.filter,
    sortLabel: sort?.label ?? '',
    isSortReversed: state.isSortReversed,
    setFilter: (text) => dispatch({ type: 'filter', text }),
    typeFilter: (input, name) => {
      if (name === 'backspace') dispatch({ type: 'filter-erase' });
      else if (isPrintable(input)) {
        dispatch({ type: 'filter-type', text: input });
      }
    },
    targets,
    cursorRow,
    clearMarks: () => dispatch({ type: 'clear-marks' }),
    handlers: {
      up: move('up'),
      down: move('down'),
      'page-up': move('page-up'),
      'page-down': move('page-down'),
      first: move('first'),
      last: move('last'),
      mark: () =>
        dispatch({
          type: 'toggle-mark',
          keys: now().keys,
          height: latest.current.height,
        }),
      sort: () =>
        dispatch({ type: 'sort-next', columnCount: config.sorts.length }),
      'sort-reverse': () => dispatch({ type: 'sort-reverse' }),
    },
  };
}
