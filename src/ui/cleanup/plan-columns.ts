import { formatAge, formatBytes } from '../../lib/format.js';
import type { PlanItem } from '../../state/cleanup-plan.js';
import type { Column } from '../table/column.js';

/** Why it goes; something used only by planned containers goes once they have gone. */
function whyText(item: PlanItem): string {
  const count = item.needs.length;
  // The names of a many-tagged image may not fit its cell: the count says they all go.
  const reason =
    item.tags.length > 1
      ? `${item.reason}, ${item.tags.length} tags`
      : item.reason;
  if (count === 0) return reason;

  return `${reason}, after ${count} container${count === 1 ? '' : 's'}`;
}

// prettier-ignore
export const planColumns: readonly Column<PlanItem>[] = [
  { title: 'KIND', width: 11, priority: 9, text: (i) => i.kind },
  { title: 'NAME', width: 24, isFlexible: true, priority: 10, text: (i) => i.name },
  { title: 'WHY', width: 12, isFlexible: true, priority: 7, text: whyText },
  { title: 'SIZE', width: 9, priority: 8, align: 'right', text: (i) => formatBytes(i.size) },
  { title: 'AGE', width: 5, priority: 6, align: 'right', text: (i) => formatAge(i.created) },
];
