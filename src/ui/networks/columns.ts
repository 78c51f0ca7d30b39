import { formatAge } from '../../lib/format.js';
import type { NetworkRow } from '../../state/storage-rows.js';
import type { Column, SortOrder } from '../table/column.js';

const attachedText = (r: NetworkRow) =>
  r.attached.length === 0
    ? '-'
    : `${r.attached.length} (${r.attached.join(', ')})`;

const kindText = (r: NetworkRow) =>
  r.network.isBuiltIn ? 'built-in' : r.network.isInternal ? 'internal' : '';

// prettier-ignore
export const networkColumns: readonly Column<NetworkRow>[] = [
  { title: 'NAME', width: 20, isFlexible: true, priority: 10, text: (r) => r.network.name },
  { title: 'DRIVER', width: 8, priority: 8, text: (r) => r.network.driver },
  { title: 'SCOPE', width: 6, priority: 5, text: (r) => r.network.scope },
  { title: 'KIND', width: 8, priority: 4, text: kindText },
  { title: 'CONTAINERS', width: 16, isFlexible: true, priority: 9, text: attachedText },
  { title: 'AGE', width: 5, priority: 6, align: 'right', text: (r) => formatAge(r.network.created) },
];

const byName = (a: NetworkRow, b: NetworkRow) =>
  a.network.name.localeCompare(b.network.name);

export const networkSorts: readonly SortOrder<NetworkRow>[] = [
  { label: 'name', compare: byName },
  {
    label: 'containers',
    compare: (a, b) => b.attached.length - a.attached.length || byName(a, b),
  },
  {
    label: 'age',
    compare: (a, b) => b.network.created - a.network.created || byName(a, b),
  },
];
