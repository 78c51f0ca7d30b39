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
