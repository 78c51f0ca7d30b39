import { formatBytes } from '../../lib/format.js';
import { displayWidth } from '../../lib/width.js';
import {
  type ContainerRow,
  hasFailedToStart,
  wasOomKilled,
} from '../containers/columns.js';

/** Lines the details view gives the state line at most; the inspect tab has it all. */
const MOST_LINES = 3;

/**
 * Why a container is in its state, where the list cannot say it: the engine's reason a
 * start failed, or an OOM kill. Null for every other state.
 */
export function stateLine(row: ContainerRow): string | null {
  const { detail } = row;
  if (!detail) return null;

  if (hasFailedToStart(row)) {
    return `Failed to start (exit ${detail.exitCode}): ${detail.error}`;
  }

  if (wasOomKilled(row)) {
    const limit =
      detail.memoryLimit > 0
        ? `its memory limit of ${formatBytes(detail.memoryLimit, { binary: true })}`
        : 'the memory the host had left';
    return `OOM-killed (exit ${detail.exitCode}): the kernel ended it when it used up ${limit}.`;
  }

  return null;
}

/** Rows the state line takes when wrapped at `width` cells. */
export function stateLineHeight(text: string | null, width: number): number {
  if (text === null) return 0;

  return Math.min(
    MOST_LINES,
    Math.ceil(displayWidth(text) / Math.max(1, width)),
  );
}
