import { safeCell } from '../../lib/safe-text.js';
import type { Column, SortOrder } from './column.js';

/** A row ready to draw: its key, its object, and every column's text made safe. */
export interface ViewRow<Row> {
  key: string;
  row: Row;
  cells: string[];
}

/**
 * A row whose cells are made when first read: without a filter only the rows on screen
 * are ever drawn, so 10,000 rows cost their sort and little else.
 */
class LazyRow<Row> implements ViewRow<Row> {
  #cells: string[] | undefined;

  constructor(
    readonly key: string,
    readonly row: Row,
    private readonly columns: readonly Column<Row>[],
    cells?: string[],
  ) {
    this.#cells = cells;
  }

  get cells(): string[] {
    this.#cells ??= cellsOf(this.row, this.columns);
    return this.#cells;
  }
}

const cellsOf = <Row>(row: Row, columns: readonly Column<Row>[]) =>
  columns.map((column) =>
    column.isTimeBased ? '' : safeCell(column.text(row)),
  );

export interface ViewOptions<Row> {
  keyOf: (row: Row) => string;
  columns: readonly Column<Row>[];
  sort: SortOrder<Row> | undefined;
  isSortReversed: boolean;
  filter: string;
}

/**
 * Sorts and filters the rows; each row's cells are made once, when first needed. The
 * filter matches, ignoring case, the text a person sees in any column.
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
    if (!needle) {
      rows.push(new LazyRow(keyOf(row), row, columns));
      continue;
    }

    const cells = cellsOf(row, columns);
    if (cells.some((cell) => cell.toLowerCase().includes(needle))) {
      rows.push(new LazyRow(keyOf(row), row, columns, cells));
    }
  }

  return rows;
}
