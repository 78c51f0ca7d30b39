import { safeCell } from '../../lib/safe-text.js';
import type { Column, SortOrder } from './column.js';

/** A row ready to draw: its key, its object, and every column's text made safe. */
export interface ViewRow<Row> {
  key: string;
  row: Row;
  cells: string[];
}

export interface ViewOptions<Row> {
  keyOf: (row: Row) => string;
  columns: readonly Column<Row>[];
  sort: SortOrder<Row> | undefined;
  isSortReversed: boolean;
  filter: string;
}

/**
 * Sorts, filters and renders the cells of every row once. The filter matches, ignoring
 * case, the text a person sees in any column.
 */
export function buildView<Row>(
  items: readonly Row[],
  options: ViewOptions<Row>,
): ViewRow<Row>[] {
  const { keyOf, columns, sort, isSortReversed, filter } = options;
  const ordered = sort ? [...items].sort(sort.compare) : [...items];
  if (isSortReversed) ordered.reverse();

  const needle = filter.trim().toLowerCase();
  const rows: ViewRow<Row>[] = [];

  for (const row of ordered) {
    const cells = columns.map((column) =>
      column.isTimeBased ? '' : safeCell(column.text(row)),
    );
    if (needle && !cells.some((cell) => cell.toLowerCase().includes(needle))) {
      continue;
    }

    rows.push({ key: keyOf(row), row, cells });
  }

  return rows;
}
