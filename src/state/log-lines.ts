import type { LogChunk, LogStream } from '../docker/details-types.js';
import { safeSgrLine } from '../lib/safe-text.js';

/** One line of a container's log, safe to draw (only SGR sequences left in it). */
export interface LogLine {
  stream: LogStream;
  text: string;
}

/** Characters of one line kept; the rest is counted and said, not stored. */
export const MAX_LINE_CHARS = 2000;

// The engine's RFC 3339 prefix when timestamps are asked for.
const TIMESTAMP = /^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d) /;

interface Pending {
  text: string;
  cut: number;
}

/**
 * What a terminal would show of a line rewritten with carriage returns (a progress bar):
 * the last non-empty update. Shorter updates do not overlay longer ones here.
 */
function lastUpdate(text: string): string {
  const updates = text.split('\r').filter((part) => part !== '');

  return updates.at(-1) ?? '';
}

/**
 * Cuts container output into lines, per stream: a line may come in many chunks, and stdout
 * and stderr interleave. Lines and pending text are bounded, so a 1 MiB line or a progress
 * bar updated 6,000 times costs what a short line does.
 */
export class LineAssembler {
  private readonly pending = new Map<LogStream, Pending>();

  /** The engine's time on the last line completed, while it sends times. */
  lastStamp: string | null = null;

  /**
   * `hasTimestamps`: the engine puts its time before each line. `isStampShown`: the lines
   * keep it; a view that reads times only to resume a stream drops them.
   */
  constructor(
    private readonly hasTimestamps: boolean,
    private readonly isStampShown = hasTimestamps,
  ) {}

  /** Takes one chunk; returns the lines it completes. */
  push(chunk: LogChunk): LogLine[] {
    const pieces = chunk.text.split('\n');
    const lines: LogLine[] = [];
    let current = this.pending.get(chunk.stream) ?? { text: '', cut: 0 };

    pieces.forEach((piece, index) => {
      current = compact({ text: current.text + piece, cut: current.cut });
      if (index < pieces.length - 1) {
        lines.push(this.finish(chunk.stream, current));
        current = { text: '', cut: 0 };
      }
    });
    this.pending.set(chunk.stream, current);

    return lines;
  }

  /** Whatever is left without a newline, when the stream ends. */
  flush(): LogLine[] {
    const lines = [...this.pending.entries()]
      .filter(([, pending]) => pending.text !== '')
      .map(([stream, pending]) => this.finish(stream, pending));
    this.pending.clear();

    return lines;
  }

  private finish(stream: LogStream, pending: Pending): LogLine {
    // TTY output ends lines with CR LF.
    const text = pending.text.replace(/\r$/, '');
    const stamp = this.hasTimestamps ? (TIMESTAMP.exec(text)?.[0] ?? '') : '';
    if (stamp !== '') this.lastStamp = stamp.trimEnd();

    const shown =
      (this.isStampShown ? stamp : '') + lastUpdate(text.slice(stamp.length));
    const note = pending.cut > 0 ? ` … (${pending.cut} more characters)` : '';

    return { stream, text: safeSgrLine(shown) + note };
  }
}

function compact(pending: Pending): Pending {
  if (pending.text.length <= MAX_LINE_CHARS) return pending;

  const text = pending.text.includes('\r')
    ? lastUpdate(pending.text) + (pending.text.endsWith('\r') ? '\r' : '')
    : pending.text;
  if (text.length <= MAX_LINE_CHARS) return { text, cut: pending.cut };

  return {
    text: text.slice(0, MAX_LINE_CHARS),
    cut: pending.cut + text.length - MAX_LINE_CHARS,
  };
}
