import { useEffect, useMemo, useState } from 'react';
import type { ContainerInfo } from '../../docker/types.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import type { DetailsTab } from '../focus.js';
import * as actions from './actions.js';
import {
  type ContainerRow,
  containerColumns,
  containerSorts,
  hasFailedToStart,
  wasOomKilled,
} from './columns.js';
import { useStateDetails } from './use-state-details.js';

const COLORS: Partial<Record<ContainerInfo['state'], string>> = {
  running: 'green',
  paused: 'yellow',
  restarting: 'yellow',
  dead: 'red',
  exited: 'gray',
  created: 'gray',
};

const CONFIG: ListConfig<ContainerRow> = {
  keyOf: (c) => c.id,
  columns: containerColumns,
  sorts: containerSorts,
};

const colorOf = (c: ContainerRow) =>
  hasFailedToStart(c) || wasOomKilled(c) ? 'red' : COLORS[c.state];

export interface ContainersPaneProps extends PaneProps {
  containers: readonly ContainerInfo[];
  /** Enter and `l`: the details view of one container, on the given tab. */
  onOpen: (container: ContainerInfo, tab: DetailsTab) => void;
  /** `e`: a shell in the container. */
  onShell: (container: ContainerInfo) => void;
}

/** Pane 1: every container, running first, with start/stop, pause and removal. */
export function ContainersPane(props: ContainersPaneProps) {
  const { service, tasks } = props;
  const [sizes, setSizes] = useState<ReadonlyMap<string, number>>(new Map());
  const { of: detailOf, ask } = useStateDetails(service, props.containers);
  const rows = useMemo(
    () =>
      props.containers.map((c): ContainerRow => {
        const sizeRw = sizes.get(c.id);
        const detail = detailOf(c);
        if (sizeRw === undefined && detail === undefined) return c;

        return { ...c, sizeRw, detail };
      }),
    [props.containers, sizes, detailOf],
  );
  const list = useListPane(rows, CONFIG, props.height);
  const visible = list.rows
    .slice(list.offset, list.offset + list.height)
    .map((row) => row.key)
    .join(' ');

  // Only the rows on screen are looked into: what a state means costs an inspect each.
  useEffect(() => ask(visible.split(' ')), [ask, visible]);

  // The engine walks each container's files to size it: only when asked, for all at once.
  const computeSizes = () => {
    const tell = tasks.notifier();
    tell({ tone: 'info', text: 'Computing container sizes…' });
    service.containerSizes().then(
      (sized) => {
        setSizes(new Map(sized.map((c) => [c.id, c.sizeRw])));
        tell({ tone: 'success', text: 'Container sizes computed.' });
      },
      (error: Error) =>
        tell({ tone: 'error', text: `No sizes: ${error.message}` }),
    );
  };
  // Views and shells are about the row under the cursor, never the marked ones.
  const withCursor = (act: (c: ContainerInfo) => void) => () => {
    const row = list.cursorRow();
    if (row) act(row);
  };

  usePaneKeys('containers', list, (withTargets) => ({
    'container-start-stop': withTargets((rows) =>
      actions.startOrStop(service, tasks, rows),
    ),
    'container-restart': withTargets((rows) =>
      actions.restart(service, tasks, rows),
    ),
    'container-pause': withTargets((rows) =>
      actions.pauseOrUnpause(service, tasks, rows),
    ),
    'container-remove': withTargets((rows) =>
      props.onConfirm(actions.removal(service, tasks, rows, false)),
    ),
    'container-force-remove': withTargets((rows) =>
      props.onConfirm(actions.removal(service, tasks, rows, true)),
    ),
    sizes: computeSizes,
    'container-details': withCursor((c) => props.onOpen(c, 'logs')),
    'container-logs': withCursor((c) => props.onOpen(c, 'logs')),
    'container-shell': withCursor(props.onShell),
  }));

  return (
    <ListPaneView
      list={list}
      columns={containerColumns}
      total={props.containers.length}
      height={props.height}
      width={props.width}
      isFiltering={props.isFiltering}
      pending={tasks.pending}
      statusColumn={2}
      colorOf={colorOf}
      emptyText="no containers on this engine"
      isStale={props.isStale}
    />
  );
}
