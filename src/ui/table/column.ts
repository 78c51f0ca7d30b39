/** One column of a list: how wide it wants to be, when it drops, and what it shows. */
export interface Column<Row> {
  title: string;
  /** Preferred width in cells. */
  width: number;
  /** Flexible columns share the width left over and shrink down to `width`. */
  isFlexible?: boolean;
  /** When the terminal is narrow, columns with the lowest priority drop first. */
  priority: number;
  align?: 'left' | 'right';
  /** The cell's text, unsanitized: the table makes it safe. */
  text: (row: Row) => string;
  /**
   * The text depends on the clock (an age): it is drawn afresh for the visible rows at
   * each frame, and not matched by the filter.
   */
  isTimeBased?: boolean;
}

/** A way to order rows, chosen with `o`. */
export interface SortOrder<Row> {
  label: string;
  compare: (a: Row, b: Row) => number;
}

export interface PlacedColumn<Row> {
  column: Column<Row>;
  width: number;
}

const GAP = 1;

/**
 * Fits columns into `totalWidth` cells. Narrow terminals drop whole columns, lowest priority
 * first, rather than wrapping rows; the width left over goes to the flexible columns.
 */
export function placeColumns<Row>(
  columns: readonly Column<Row>[],
  totalWidth: number,
): PlacedColumn<Row>[] {
  const kept = [...columns];
  const needed = () =>
    kept.reduce((sum, c) => sum + c.width, 0) + GAP * (kept.length - 1);

  while (kept.length > 1 && needed() > totalWidth) {
    const lowest = kept.reduce((a, b) => (b.priority < a.priority ? b : a));
    kept.splice(kept.indexOf(lowest), 1);
  }

  const spare = Math.max(0, totalWidth - needed());
  const flexible = kept.filter((c) => c.isFlexible);
  const share = flexible.length > 0 ? Math.floor(spare / flexible.length) : 0;
  let remainder = flexible.length > 0 ? spare - share * flexible.length : 0;

  return kept.map((column) => {
    let width = Math.min(column.width, totalWidth);
    if (column.isFlexible) {
      width += share + remainder;
      remainder = 0;
    }

    return { column, width };
  });
}
