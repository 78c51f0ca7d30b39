import { formatAge, formatBytes, shortId } from '../../lib/format.js';
import type { ImageRow } from '../../state/image-rows.js';
import type { Column, SortOrder } from '../table/column.js';

/** Bytes of the image no other image shares, once disk usage has said what is shared. */
const uniqueText = (r: ImageRow) =>
  r.image.sharedSize >= 0
    ? formatBytes(r.image.size - r.image.sharedSize)
    : '-';

/** Dangling (no name) or unused (no container): what the cleanup planner would offer. */
export function markerText(r: ImageRow): string {
  if (r.kind === 'dangling') return 'dangling';

  return r.containers === 0 ? 'unused' : '';
}

// prettier-ignore
export const imageColumns: readonly Column<ImageRow>[] = [
  { title: 'REPOSITORY', width: 24, isFlexible: true, priority: 10, text: (r) => r.repository },
  { title: 'TAG', width: 14, isFlexible: true, priority: 9, text: (r) => r.tag },
  { title: 'IMAGE ID', width: 12, priority: 7, text: (r) => shortId(r.image.id) },
  { title: 'SIZE', width: 9, priority: 8, align: 'right', text: (r) => formatBytes(r.image.size) },
  { title: 'AGE', width: 5, priority: 5, align: 'right', isTimeBased: true, text: (r) => formatAge(r.image.created) },
  { title: 'USED BY', width: 7, priority: 6, align: 'right', text: (r) => String(r.containers) },
  { title: 'MARK', width: 8, priority: 5, text: markerText },
  { title: 'SHARED', width: 9, priority: 3, align: 'right', text: (r) => formatBytes(r.image.sharedSize) },
  { title: 'UNIQUE', width: 9, priority: 4, align: 'right', text: uniqueText },
];

const newestFirst = (a: ImageRow, b: ImageRow) =>
  b.image.created - a.image.created || a.ref.localeCompare(b.ref);

export const imageSorts: readonly SortOrder<ImageRow>[] = [
  { label: 'age', compare: newestFirst },
  {
    label: 'name',
    compare: (a, b) =>
      a.repository.localeCompare(b.repository) || a.tag.localeCompare(b.tag),
  },
  {
    label: 'size',
    compare: (a, b) => b.image.size - a.image.size || newestFirst(a, b),
  },
  {
    label: 'unique size',
    compare: (a, b) =>
      b.image.size -
        Math.max(0, b.image.sharedSize) -
        (a.image.size - Math.max(0, a.image.sharedSize)) || newestFirst(a, b),
  },
];
