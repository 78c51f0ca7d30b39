/**
 * The engine words a container's status as of the moment it answered ("Up 5 minutes",
 * "Exited (1) About an hour ago"). dockhand does not poll, so that wording would go stale on
 * screen; instead it estimates when the status began and lets the screen count from there.
 * The engine's own rounding (go-units HumanDuration) bounds the estimate's precision.
 */

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

/** Seconds in one of the engine's human durations, or null when it is not one. */
export function humanDurationSeconds(text: string): number | null {
  const lower = text.trim().toLowerCase();
  if (lower === 'less than a second') return 0;

  const about = /^about an? (minute|hour)$/.exec(lower);
  if (about?.[1]) return UNIT_SECONDS[about[1]] ?? null;

  const counted = /^(\d+) (second|minute|hour|day|week|month|year)s?$/.exec(
    lower,
  );
  if (!counted?.[1] || !counted[2]) return null;

  return Number(counted[1]) * (UNIT_SECONDS[counted[2]] ?? 0);
}

export interface StatusParts {
  /** Unix seconds when the status began, estimated; null when the engine gave no time. */
  since: number | null;
  /** The health check's verdict, such as "healthy", "unhealthy" or "health: starting". */
  health: string | null;
}

/** Reads "Up 5 minutes (healthy)" or "Exited (0) 2 hours ago" as read at `readAtMs`. */
export function statusParts(status: string, readAtMs: number): StatusParts {
  const match =
    /^(?:Up|Restarting \(-?\d+\)|Exited \(-?\d+\)) (.+?)(?: ago)?(?: \((.+)\))?$/.exec(
      status,
    );
  if (!match?.[1]) return { since: null, health: null };

  const seconds = humanDurationSeconds(match[1]);
  const health = match[2] && match[2] !== 'Paused' ? match[2] : null;

  return {
    since: seconds === null ? null : Math.floor(readAtMs / 1000) - seconds,
    health,
  };
}
