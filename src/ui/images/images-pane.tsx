import { useMemo, useState } from 'react';
import type { ContainerInfo, ImageInfo } from '../../docker/types.js';
import { type ImageRow, imageRows } from '../../state/image-rows.js';
import { ListPaneView } from '../chrome/list-pane-view.js';
import type { PaneProps } from '../chrome/pane-props.js';
import { type ListConfig, useListPane } from '../hooks/use-list-pane.js';
import { usePaneKeys } from '../hooks/use-pane-keys.js';
import { imageForceRemoval, tagRemoval } from './actions.js';
import { imageColumns, imageSorts } from './columns.js';
import { buildForm, pullAgain, push, tagForm } from './lifecycle-actions.js';
import { useLifecycle } from '../registry/lifecycle.js';

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
  const [shared, setShared] = useState<ReadonlyMap<string, number>>(new Map());
  const rows = useMemo(() => {
    // The image list leaves shared sizes out; disk usage, asked for with `z`, has them.
    const images = props.images.map((image) => {
      const sharedSize = shared.get(image.id);
      return sharedSize === undefined ? image : { ...image, sharedSize };
    });

    return imageRows(images, containers);
  }, [props.images, containers, shared]);
  const list = useListPane(rows, CONFIG, props.height);
  const lifecycle = useLifecycle();

  usePaneKeys('images', list, (withTargets) => ({
    'image-remove': withTargets((targets) =>
      props.onConfirm(tagRemoval(service, tasks, targets)),
    ),
    'image-force-remove': withTargets((targets) =>
      props.onConfirm(imageForceRemoval(service, tasks, targets, containers)),
    ),
    sizes: () => {
      const tell = tasks.notifier();
      tell({
        tone: 'info',
        text: 'Computing shared and unique sizes…',
      });
      service.diskUsage().then(
        (usage) => {
          setShared(new Map(usage.images.map((i) => [i.id, i.sharedSize])));
          tell({ tone: 'success', text: 'Image sizes computed.' });
        },
        (error: Error) =>
          tell({ tone: 'error', text: `No sizes: ${error.message}` }),
      );
    },
    'image-pull': withTargets(([row]) => row && pullAgain(lifecycle, row)),
    'image-push': withTargets(([row]) => row && push(lifecycle, row)),
    'image-tag': withTargets(
      ([row]) => row && lifecycle.openForm(tagForm(lifecycle, row)),
    ),
    'image-build': () =>
      lifecycle.openForm(buildForm(lifecycle, process.cwd())),
    // Run is about the row under the cursor, never the marked ones.
    'image-run': () => {
      const row = list.cursorRow();
      if (row) props.onRun(row.ref);
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
