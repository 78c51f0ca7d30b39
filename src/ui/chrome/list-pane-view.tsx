import { Box } from 'ink';
import { useContext } from 'react';
import { ClockContext } from '../hooks/use-clock.js';
import type { ListPane } from '../hooks/use-list-pane.js';
import type { Column } from '../table/column.js';
import { Table } from '../table/table.js';
import { InfoLine } from './info-line.js';
import { PaneShownContext } from './pane-slot.js';

export interface ListPaneViewProps<Row> {
  list: ListPane<Row>;
  columns: readonly Column<Row>[];
  total: number;
  height: number;
  width: number;
  isFiltering: boolean;
  pending: ReadonlyMap<string, string>;
  statusColumn: number;
  colorOf?: (row: Row) => string | undefined;
  emptyText: string;
  isStale: boolean;
}

const staleColor = () => 'gray';

/** The table of a list pane with its info line (or filter prompt) below it. */
export function ListPaneView<Row>(props: ListPaneViewProps<Row>) {
  const { list } = props;
  const now = useContext(ClockContext);
  if (!useContext(PaneShownContext)) return null;

  return (
    <Box flexDirection="column" height={props.height}>
      <Table
        columns={props.columns}
        rows={list.rows}
        cursor={list.cursor}
        offset={list.offset}
        height={list.height}
        width={props.width}
        marks={list.marks}
        pending={props.pending}
        statusColumn={props.statusColumn}
        colorOf={props.isStale ? staleColor : props.colorOf}
        emptyText={list.filter ? 'nothing matches the filter' : props.emptyText}
        now={now}
      />
      <InfoLine
        filter={list.filter}
        isFiltering={props.isFiltering}
        shown={list.rows.length}
        total={props.total}
        marked={list.marks.size}
        sortLabel={list.sortLabel}
        isSortReversed={list.isSortReversed}
        isStale={props.isStale}
      />
    </Box>
  );
}
