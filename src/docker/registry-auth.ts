import type { Credentials } from './credentials.js';
import { DockerError } from './errors.js';

/** `Basic …` for a user and password, as registries and token servers take them. */
export function basicAuth(credentials: Credentials): string {
  const pair = `${credentials.username}:${credentials.password}`;

  return `Basic ${Buffer.from(pair).toString('base64')}`;
}

/** fetch, with a failure to connect said in plain words. */
export async function fetchFrom(
  registry: string,
  url: string,
  headers: Record<string, string>,
): Promise<Response> {
  try {
    return await fetch(url, { headers });
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message;
    throw new DockerError(
      'unreachable',
      `cannot reach ${registry}: ${cause ?? (error as Error).message}`,
    );
  }
}

/** The parameters of a `Bearer realm="…",service="…",scope="…"` challenge. */
export function parseChallenge(challenge: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, key, value] of challenge.matchAll(/(\w+)="([^"]*)"/g)) {
    if (key) params[key] = value ?? '';
  }

  return params;
}

/**
 * Asks the token server a registry's challenge names for a token (the Docker Registry token
 * flow), with the stored credentials when there are any. Null when it gives none.
 */
export async function bearerToken(
  registry: string,
  challenge: string,
  credentials: Credentials | null,
): Promise<string | null> {
  const { realm, service, scope } = parseChallenge(challenge);
  if (!realm) return null;

  const url = new URL(realm);
  if (service) url.searchParams.set('service', service);
  if (scope) url.searchParams.set('scope', scope);
  const headers: Record<string, string> = credentials
    ? { authorization: basicAuth(credentials) }
    : {};
  const response = await fetchFrom(registry, url.href, headers);
  if (!response.ok) return null;

  const answer = (await response.json().catch(() => ({}))) as {
    token?: string;
    access_token?: string;
  };

  return answer.token ?? answer.access_token ?? null;
}
