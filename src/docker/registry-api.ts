import type { Credentials } from './credentials.js';
import { DockerError } from './errors.js';
import { basicAuth, bearerToken, fetchFrom } from './registry-auth.js';

/** A registry without TLS is only ever spoken to on this machine, as the engine allows. */
function baseUrl(registry: string): string {
  const host = registry.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const isLoopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(
    host,
  );

  return `${isLoopback ? 'http' : 'https'}://${host}`;
}

const NO_SEARCH = (registry: string) =>
  `${registry} does not support search; pull by exact name`;

/**
 * GETs a Registry HTTP API v2 path: with basic auth from the stored credentials, and where
 * the registry answers with a `Bearer` challenge, again with a token from its token server.
 */
async function getJson<T>(
  registry: string,
  path: string,
  credentials: Credentials | null,
): Promise<T> {
  const url = `${baseUrl(registry)}${path}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credentials) headers.authorization = basicAuth(credentials);

  let response = await fetchFrom(registry, url, headers);
  const challenge = response.headers.get('www-authenticate') ?? '';
  if (response.status === 401 && /^bearer/i.test(challenge)) {
    const token = await bearerToken(registry, challenge, credentials);
    if (token) {
      headers.authorization = `Bearer ${token}`;
      response = await fetchFrom(registry, url, headers);
    }
  }

  if (response.status === 401 || response.status === 403) {
    throw new DockerError(
      'unauthorized',
      `${registry} refused access: log in to it first (L)`,
      response.status,
    );
  }

  if (!response.ok) {
    throw new DockerError(
      response.status === 404 ? 'not-found' : 'engine',
      NO_SEARCH(registry),
      response.status,
    );
  }

  try {
    return (await response.json()) as T;
  } catch {
    throw new DockerError('engine', NO_SEARCH(registry));
  }
}

/** The repositories a v2 registry lists in its catalog (the first 1000). */
export async function listCatalog(
  registry: string,
  credentials: Credentials | null,
): Promise<string[]> {
  const answer = await getJson<{ repositories?: unknown }>(
    registry,
    '/v2/_catalog?n=1000',
    credentials,
  );
  if (!Array.isArray(answer.repositories)) {
    throw new DockerError('engine', NO_SEARCH(registry));
  }

  return answer.repositories.filter((r): r is string => typeof r === 'string');
}

/** The tags of one repository on a v2 registry. */
export async function listTags(
  registry: string,
  repository: string,
  credentials: Credentials | null,
): Promise<string[]> {
  const answer = await getJson<{ tags?: unknown }>(
    registry,
    `/v2/${repository}/tags/list`,
    credentials,
  );
  const tags = Array.isArray(answer.tags) ? answer.tags : [];

  return tags.filter((t): t is string => typeof t === 'string');
}
