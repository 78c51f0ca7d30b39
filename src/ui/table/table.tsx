import { Box, Text } from 'ink';
import { memo } from 'react';
import { safeCell } from '../../lib/safe-text.js';
import { fitCell } from '../../lib/width.js';
import type { Column } from './column.js';
import { placeColumns } from './column.js';
import type { ViewRow } from './view-rows.js';

export interface TableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly ViewRow<Row>[];
  cursor: number;
  /** The first row on screen. */
  offset: number;
  /** Rows of data on screen, not counting the header. */
  height: number;
  width: number;
  marks: ReadonlySet<string>;
  /** Actions under way, by row key: shown in place of the status column. */
  pending: ReadonlyMap<string, string>;
  statusColumn: number;
  colorOf?: (row: Row) => string | undefined;
  emptyText: string;
  /** The clock, in ms: time-based cells are drawn as of it. */
  now: number;
}

const MARKER_WIDTH = 2;

function line<Row>(
  placed: ReturnType<typeof placeColumns<Row>>,
  cellOf: (column: Column<Row>, index: number) => string,
  columns: readonly Column<Row>[],
): string {
  return placed
    .map(({ column, width }) =>
      fitCell(cellOf(column, columns.indexOf(column)), width, column.align),
    )
    .join(' ');
}

/**
 * A virtualized table: only the rows inside the viewport are turned into elements, so ten
 * thousand rows cost what forty do. Every line is cut to the width, never wrapped.
 */
function TableView<Row>(props: TableProps<Row>) {
  const { columns, rows, cursor, offset, height, width, marks, pending } =
    props;
  const placed = placeColumns(columns, Math.max(1, width - MARKER_WIDTH));
  const header = line(placed, (column) => column.title, columns);
  const visible = rows.slice(offset, offset + height);

  return (
    <Box flexDirection="column" height={height + 1}>
      <Text bold wrap="truncate">
        {'  '}
        {header}
      </Text>
      {rows.length === 0 ? (
        <Text dimColor wrap="truncate">
          {'  '}
          {props.emptyText}
        </Text>
      ) : null}
      {visible.map((view, index) => {
        const isCursor = offset + index === cursor;
        const busy = pending.get(view.key);
        const text = line(
          placed,
          (_column, columnIndex) =>
            busy && columnIndex === props.statusColumn
              ? `${busy}…`
              : columns[columnIndex]?.isTimeBased
                ? safeCell(columns[columnIndex].text(view.row))
                : (view.cells[columnIndex] ?? ''),
          columns,
        );
        const marker = marks.has(view.key) ? '● ' : '  ';

        return (
          <Text
            key={view.key}
            wrap="truncate"
            inverse={isCursor}
            color={busy ? 'yellow' : props.colorOf?.(view.row)}
          >
            {marker}
            {text}
          </Text>
        );
      })}
    </Box>
  );
}

export const Table = memo(TableView) as typeof TableView;
