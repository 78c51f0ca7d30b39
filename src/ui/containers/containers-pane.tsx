import type { ContainerInfo } from '../../docker/types.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import type { DetailsTab } from '../focus.js';
import * as actions from './actions.js';
import { containerColumns, containerSorts } from './columns.js';

const COLORS: Partial<Record<ContainerInfo['state'], string>> = {
  running: 'green',
  paused: 'yellow',
  restarting: 'yellow',
  dead: 'red',
  exited: 'gray',
  created: 'gray',
};

const CONFIG: ListConfig<ContainerInfo> = {
  keyOf: (c) => c.id,
  columns: containerColumns,
  sorts: containerSorts,
};

const colorOf = (c: ContainerInfo) => COLORS[c.state];

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
  const list = useListPane(props.containers, CONFIG, props.height);
  // Views and shells are about the row under the cursor, never the marked ones.
  const withCursor = (act: (c: ContainerInfo) => void) => () => {
    const row = list.rows[list.cursor];
    if (row) act(row.row);
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
