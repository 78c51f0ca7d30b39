import { formatAge, formatBytes } from '../../lib/format.js';
import type { VolumeRow } from '../../state/storage-rows.js';
import type { Column, SortOrder } from '../table/column.js';

const usersText = (r: VolumeRow) =>
  r.users.length === 0 ? '-' : `${r.users.length} (${r.users.join(', ')})`;

// prettier-ignore
export const volumeColumns: readonly Column<VolumeRow>[] = [
  { title: 'NAME', width: 24, isFlexible: true, priority: 10, text: (r) => r.volume.name },
  { title: 'DRIVER', width: 8, priority: 5, text: (r) => r.volume.driver },
  { title: 'USED BY', width: 16, isFlexible: true, priority: 8, text: usersText },
  { title: 'SIZE', width: 9, priority: 7, align: 'right', text: (r) => formatBytes(r.size) },
  { title: 'AGE', width: 5, priority: 6, align: 'right', text: (r) => formatAge(r.volume.created) },
];

const byName = (a: VolumeRow, b: VolumeRow) =>
  a.volume.name.localeCompare(b.volume.name);

export const volumeSorts: readonly SortOrder<VolumeRow>[] = [
  { label: 'name', compare: byName },
  {
    label: 'age',
    compare: (a, b) => b.volume.created - a.volume.created || byName(a, b),
  },
  { label: 'size', compare: (a, b) => b.size - a.size || byName(a, b) },
  {
    label: 'used by',
    compare: (a, b) => b.users.length - a.users.length || byName(a, b),
  },
];
