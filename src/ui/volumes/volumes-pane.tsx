import { useMemo, useState } from 'react';
import type { ContainerInfo, VolumeInfo } from '../../docker/types.js';
import { type VolumeRow, volumeRows } from '../../state/storage-rows.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { volumeRemoval } from './actions.js';
import { volumeColumns, volumeSorts } from './columns.js';

const CONFIG: ListConfig<VolumeRow> = {
  keyOf: (row) => row.volume.name,
  columns: volumeColumns,
  sorts: volumeSorts,
};

const colorOf = (row: VolumeRow) =>
  row.users.length > 0 ? 'green' : undefined;

export interface VolumesPaneProps extends PaneProps {
  volumes: readonly VolumeInfo[];
  containers: readonly ContainerInfo[];
}

/** Pane 4: every volume with the containers using it; sizes on request (`z`). */
export function VolumesPane(props: VolumesPaneProps) {
  const { service, tasks } = props;
  const [sizes, setSizes] = useState<ReadonlyMap<string, number>>(new Map());
  const rows = useMemo(
    () => volumeRows(props.volumes, props.containers, sizes),
    [props.volumes, props.containers, sizes],
  );
  const list = useListPane(rows, CONFIG, props.height);

  // Only the disk-usage call knows volume sizes; it walks every volume, so only on request.
  const computeSizes = () => {
    const tell = tasks.notifier();
    tell({ tone: 'info', text: 'Computing volume sizes…' });
    service.diskUsage().then(
      (usage) => {
        setSizes(new Map(usage.volumes.map((v) => [v.name, v.size])));
        tell({ tone: 'success', text: 'Volume sizes computed.' });
      },
      (error: Error) =>
        tell({ tone: 'error', text: `No sizes: ${error.message}` }),
    );
  };

  usePaneKeys('volumes', list, (withTargets) => ({
    'volume-remove': withTargets((targets) => {
      const answer = volumeRemoval(service, tasks, targets);
      if ('tone' in answer) tasks.notify(answer);
      else props.onConfirm(answer);
    }),
    sizes: computeSizes,
  }));

  return (
    <ListPaneView
      list={list}
      columns={volumeColumns}
      total={rows.length}
      height={props.height}
      width={props.width}
      isFiltering={props.isFiltering}
      pending={tasks.pending}
      statusColumn={2}
      colorOf={colorOf}
      emptyText="no volumes on this engine"
      isStale={props.isStale}
    />
  );
}
