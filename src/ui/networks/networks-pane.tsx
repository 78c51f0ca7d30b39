import { useMemo } from 'react';
import type { ContainerInfo, NetworkInfo } from '../../docker/types.js';
import { type NetworkRow, networkRows } from '../../state/storage-rows.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { networkRemoval } from './actions.js';
import { networkColumns, networkSorts } from './columns.js';

const CONFIG: ListConfig<NetworkRow> = {
  keyOf: (row) => row.network.id,
  columns: networkColumns,
  sorts: networkSorts,
};

const colorOf = (row: NetworkRow) =>
  row.network.isBuiltIn
    ? 'gray'
    : row.attached.length > 0
      ? 'green'
      : undefined;

export interface NetworksPaneProps extends PaneProps {
  networks: readonly NetworkInfo[];
  containers: readonly ContainerInfo[];
}

/** Pane 5: every network with the containers attached; user networks can be removed. */
export function NetworksPane(props: NetworksPaneProps) {
  const { service, tasks } = props;
  const rows = useMemo(
    () => networkRows(props.networks, props.containers),
    [props.networks, props.containers],
  );
  const list = useListPane(rows, CONFIG, props.height);

  usePaneKeys('networks', list, (withTargets) => ({
    'network-remove': withTargets((targets) => {
      const answer = networkRemoval(service, tasks, targets);
      if ('tone' in answer) tasks.notify(answer);
      else props.onConfirm(answer);
    }),
  }));

  return (
    <ListPaneView
      list={list}
      columns={networkColumns}
      total={rows.length}
      height={props.height}
      width={props.width}
      isFiltering={props.isFiltering}
      pending={tasks.pending}
      statusColumn={4}
      colorOf={colorOf}
      emptyText="no networks on this engine"
      isStale={props.isStale}
    />
  );
}
