import type { ContainerInfo, StateDetail } from '../../docker/types.js';
import { formatAge, formatBytes, shortId } from '../../lib/format.js';
import type { Column, SortOrder } from '../table/column.js';

/**
 * A container as the pane shows it: with the size of its own layer once asked for with
 * `z`, and what inspect told of a state the list leaves ambiguous.
 */
export type ContainerRow = ContainerInfo & {
  sizeRw?: number;
  detail?: StateDetail;
};

/** A start that failed: the engine keeps the container as created, with the reason. */
export function hasFailedToStart(container: ContainerRow): boolean {
  return container.state === 'created' && Boolean(container.detail?.error);
}

export function wasOomKilled(container: ContainerRow): boolean {
  return container.state === 'exited' && Boolean(container.detail?.isOomKilled);
}

/**
 * The state as a person reads it: "exited (137)", "OOM-killed (137)", "failed (127)",
 * "running", "paused".
 */
export function stateText(container: ContainerRow): string {
  const code = container.detail?.exitCode ?? container.exitCode;
  if (hasFailedToStart(container)) return `failed (${code})`;
  if (wasOomKilled(container)) return `OOM-killed (${code})`;

  if (container.state === 'exited' && container.exitCode !== null) {
    return `exited (${container.exitCode})`;
  }

  return container.state;
}

/**
 * The status counted from when it began, so that it stays true on an idle screen: "Up 5m
 * (healthy)", "Exited 2h ago". Statuses without a time ("Created") show as the engine says,
 * except a failed start, which the engine also calls "Created".
 */
export function statusText(container: ContainerRow): string {
  const { statusSince, health } = container;
  if (hasFailedToStart(container)) return 'Failed to start';
  if (statusSince === null) return container.status;

  const age = formatAge(statusSince);
  const verdict = health ? ` (${health})` : '';
  if (container.state === 'exited') return `Exited ${age} ago`;
  if (container.state === 'restarting') return `Restarting ${age} ago`;

  return `Up ${age}${verdict}${container.state === 'paused' ? ' (Paused)' : ''}`;
}

/** An image that lost its name shows by ID, as the engine keeps it. */
export function imageText(container: ContainerInfo): string {
  return container.image.startsWith('sha256:')
    ? shortId(container.image)
    : container.image;
}

// prettier-ignore
export const containerColumns: readonly Column<ContainerRow>[] = [
  { title: 'NAME', width: 20, isFlexible: true, priority: 10, text: (c) => c.name },
  { title: 'IMAGE', width: 18, isFlexible: true, priority: 8, text: imageText },
  { title: 'STATE', width: 16, priority: 9, text: stateText },
  { title: 'STATUS', width: 22, priority: 5, isTimeBased: true, text: statusText },
  { title: 'AGE', width: 5, priority: 6, align: 'right', isTimeBased: true, text: (c) => formatAge(c.created) },
  { title: 'PORTS', width: 16, priority: 3, text: (c) => c.ports },
  { title: 'PROJECT', width: 10, priority: 2, text: (c) => c.project ?? '' },
  { title: 'SIZE', width: 9, priority: 1, align: 'right', text: (c) => formatBytes(c.sizeRw) },
];

const STATE_RANK: Record<ContainerInfo['state'], number> = {
  running: 0,
  restarting: 1,
  paused: 2,
  removing: 3,
  created: 4,
  exited: 5,
  dead: 6,
};

const newestFirst = (a: ContainerInfo, b: ContainerInfo) =>
  b.created - a.created || a.name.localeCompare(b.name);

export const containerSorts: readonly SortOrder<ContainerRow>[] = [
  {
    label: 'state',
    compare: (a, b) =>
      STATE_RANK[a.state] - STATE_RANK[b.state] || newestFirst(a, b),
  },
  { label: 'name', compare: (a, b) => a.name.localeCompare(b.name) },
  {
    label: 'image',
    compare: (a, b) => a.image.localeCompare(b.image) || newestFirst(a, b),
  },
  { label: 'age', compare: newestFirst },
  {
    label: 'size',
    compare: (a, b) => (b.sizeRw ?? -1) - (a.sizeRw ?? -1) || newestFirst(a, b),
  },
];
