import prettyBytes from 'pretty-bytes';
import prettyMilliseconds from 'pretty-ms';

/**
 * A byte count the way people read disk sizes: 1.2 GB; `binary` for memory limits, which
 * people set in binary units (`--memory 8m` is 8 MiB). Unknown sizes show as a dash.
 */
export function formatBytes(
  bytes: number | undefined,
  options: { binary?: boolean } = {},
): string {
  if (bytes === undefined || bytes < 0 || !Number.isFinite(bytes)) return '-';

  return prettyBytes(bytes, { maximumFractionDigits: 1, ...options });
}

/**
 * The age of something created at `createdSeconds` (Unix seconds), in one compact unit:
 * 45s, 12m, 3h, 9d. The engine reports 0 or negative times for objects it never timed, and
 * those show as a dash rather than "56 years".
 */
export function formatAge(createdSeconds: number, nowMs = Date.now()): string {
  if (!Number.isFinite(createdSeconds) || createdSeconds <= 0) return '-';

  // Under a second reads as 1s, as people do not care for milliseconds here.
  const elapsed = Math.max(1000, nowMs - createdSeconds * 1000);

  return prettyMilliseconds(elapsed, { compact: true, unitCount: 1 });
}

/** The twelve-character short form of an ID, without its `sha256:` prefix. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** A count with its noun, in the singular for one: "1 line", "3 lines". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
