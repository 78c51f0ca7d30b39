import { plainText } from '../../lib/sgr.js';
import { displayWidth } from '../../lib/width.js';
import type { LogLine } from '../../state/log-lines.js';
import type { RingBuffer } from '../../state/ring-buffer.js';
import { boundsOf } from './log-search.js';
import type { LogViewState } from './log-view-state.js';

/** Rows a line takes at `width`: one when cut, more when wrapped. */
export function rowsOf(
  line: LogLine,
  width: number,
  isWrapped: boolean,
): number {
  if (!isWrapped) return 1;

  return Math.max(1, Math.ceil(displayWidth(plainText(line.text)) / width));
}

/** The sequence numbers shown, oldest first, so that the bottom one is `anchor`. */
export function visibleSeqs(
  buffer: RingBuffer<LogLine>,
  state: LogViewState,
  height: number,
  width: number,
): number[] {
  const { first, last } = boundsOf(buffer);
  const seqs: number[] = [];
  let rows = 0;

  // Lines keep coming while scrolled: an anchor that fell out of the buffer holds at the
  // oldest full page still there.
  const oldestPage = Math.min(last, first + height - 1);
  const bottom = Math.max(state.anchor ?? last, oldestPage);

  for (let seq = bottom; seq >= first && rows < height; seq--) {
    const line = buffer.at(seq);
    if (!line) break;

    rows += rowsOf(line, width, state.isWrapped);
    if (rows > height && seqs.length > 0) break;
    seqs.unshift(seq);
  }

  return seqs;
}
