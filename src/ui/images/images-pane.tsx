import { useMemo } from 'react';
import type { ContainerInfo, ImageInfo } from '../../docker/types.js';
import { type ImageRow, imageRows } from '../../state/image-rows.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { imageForceRemoval, tagRemoval } from './actions.js';
import { imageColumns, imageSorts } from './columns.js';

const CONFIG: ListConfig<ImageRow> = {
  keyOf: (row) => row.key,
  columns: imageColumns,
  sorts: imageSorts,
};

const colorOf = (row: ImageRow) =>
  row.kind === 'dangling' ? 'gray' : row.containers > 0 ? 'green' : undefined;

export interface ImagesPaneProps extends PaneProps {
  images: readonly ImageInfo[];
  containers: readonly ContainerInfo[];
  /** `r`: the run form for an image reference. */
  onRun: (image: string) => void;
}

/** Pane 2: one row per tag, with removal of a tag (`d`) or a whole image (`D`). */
export function ImagesPane(props: ImagesPaneProps) {
  const { service, tasks, containers } = props;
  const rows = useMemo(
    () => imageRows(props.images, containers),
    [props.images, containers],
  );
  const list = useListPane(rows, CONFIG, props.height);

  usePaneKeys('images', list, (withTargets) => ({
    'image-remove': withTargets((targets) =>
      props.onConfirm(tagRemoval(service, tasks, targets)),
    ),
    'image-force-remove': withTargets((targets) =>
      props.onConfirm(imageForceRemoval(service, tasks, targets, containers)),
    ),
    // Run is about the row under the cursor, never the marked ones.
    'image-run': () => {
      const row = list.rows[list.cursor];
      if (row) props.onRun(row.row.ref);
    },
  }));

  return (
    <ListPaneView
      list={list}
      columns={imageColumns}
      total={rows.length}
      height={props.height}
      width={props.width}
      isFiltering={props.isFiltering}
      pending={tasks.pending}
      statusColumn={1}
      colorOf={colorOf}
      emptyText="no images on this engine"
      isStale={props.isStale}
    />
  );
}
