import { DockerError } from './errors.js';

/** The newest Engine API version dockhand is written against. */
export const NEWEST_API = '1.47';

/** The oldest Engine API version whose answers dockhand understands. */
export const OLDEST_API = '1.25';

function parts(version: string): [number, number] {
  const [major = '0', minor = '0'] = version.split('.');

  return [Number(major), Number(minor)];
}

/** Compares two API versions such as "1.41" and "1.9": negative, zero or positive. */
export function compareApi(a: string, b: string): number {
  const [aMajor, aMinor] = parts(a);
  const [bMajor, bMinor] = parts(b);

  return aMajor - bMajor || aMinor - bMinor;
}

/**
 * The version both sides speak, or null when the engine is too old for dockhand. The engine
 * answers unversioned paths at its own newest version, so the agreed version is the lower of
 * its newest and ours.
 */
export function negotiateApi(engineApi: string): string | null {
  if (compareApi(engineApi, OLDEST_API) < 0) return null;

  return compareApi(engineApi, NEWEST_API) < 0 ? engineApi : NEWEST_API;
}

/**
 * What dockhand uses that the Engine API gained after OLDEST_API, with the version that
 * brought it (docs/api/version-history.md in moby). An older engine does not refuse these:
 * it ignores the field (GPUs, a wait condition) or the filter (build-cache pruning would
 * then remove every unused record), so dockhand refuses them itself.
 */
const FEATURES = {
  'device-requests': { since: '1.40', needs: 'GPUs need' },
  'sctp-ports': { since: '1.37', needs: 'SCTP ports need' },
  // A wait with condition=next-exit, set up before the start, reads the exit code.
  'wait-condition': { since: '1.30', needs: 'an interactive run needs' },
  // Engines before 18.09 (API 1.39) ignore /build/prune's filters.
  'build-prune-filters': {
    since: '1.39',
    needs: 'removing build cache record by record needs',
  },
} as const;

export type ApiFeature = keyof typeof FEATURES;

/** Refuses, in words, a feature newer than the API version agreed with the engine. */
export function requireApi(agreed: string, feature: ApiFeature): void {
  const { since, needs } = FEATURES[feature];
  if (compareApi(agreed, since) >= 0) return;

  throw new DockerError(
    'api-version',
    `the engine speaks API ${agreed}; ${needs} ${since} or newer`,
  );
}
