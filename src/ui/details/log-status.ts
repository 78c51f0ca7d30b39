import { plural } from '../../lib/format.js';
import type { LogStreamState } from './use-log-stream.js';
import type { LogViewState } from './log-view-state.js';

/** The logs tab's top line: where the view is, how much it holds, and its toggles. */
export function statusText(
  status: LogStreamState['status'],
  error: string | null,
  view: LogViewState,
  count: number,
  tail: number | 'all',
): string {
  if (status === 'failed') return `Could not read the logs: ${error ?? ''}`;

  const where =
    status === 'lost'
      ? 'engine lost: following resumes when it is back'
      : status === 'ended'
        ? 'stream ended'
        : view.anchor === null
          ? 'following'
          : 'scrolled (G follows)';

  return [
    where,
    `${plural(count, 'line')} held (first read: ${tail === 'all' ? 'all' : `last ${tail}`})`,
    `wrap ${view.isWrapped ? 'on' : 'off'}`,
    `timestamps ${view.hasTimestamps ? 'on' : 'off'}`,
  ].join(' · ');
}
