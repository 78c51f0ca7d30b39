import type { SearchResult } from '../../docker/types.js';
import type { Column, SortOrder } from '../table/column.js';

// prettier-ignore
export const resultColumns: readonly Column<SearchResult>[] = [
  { title: 'NAME', width: 28, isFlexible: true, priority: 10, text: (r) => r.name },
  { title: 'STARS', width: 6, priority: 8, align: 'right', text: (r) => (r.stars === null ? '-' : String(r.stars)) },
  { title: 'OFFICIAL', width: 8, priority: 7, text: (r) => (r.isOfficial ? 'official' : '') },
  { title: 'DESCRIPTION', width: 30, isFlexible: true, priority: 6, text: (r) => r.description },
];

export const resultSorts: readonly SortOrder<SearchResult>[] = [
  {
    label: 'stars',
    compare: (a, b) =>
      (b.stars ?? 0) - (a.stars ?? 0) || a.name.localeCompare(b.name),
  },
  { label: 'name', compare: (a, b) => a.name.localeCompare(b.name) },
];
