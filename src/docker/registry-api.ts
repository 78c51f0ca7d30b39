import { DockerError } from './errors.js';
import type { Credentials } from './credentials.js';

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
 * GETs a Registry HTTP API v2 path with basic auth. Registries that hand out bearer tokens
 * (a challenge of `Bearer`) are refused with a plain message: a known shortcoming, listed
 * in the README's limitations.
 */
async function getJson<T>(
  registry: string,
  path: string,
  credentials: Credentials | null,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credentials) {
    const pair = `${credentials.username}:${credentials.password}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  }

  let response: Response;
  try {
    response = await fetch(`${baseUrl(registry)}${path}`, { headers });
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message;
    throw new DockerError(
      'unreachable',
      `cannot reach ${registry}: ${cause ?? (error as Error).message}`,
    );
  }

  const challenge = response.headers.get('www-authenticate') ?? '';
  if (response.status === 401 && /^bearer/i.test(challenge)) {
    throw new DockerError(
      'unauthorized',
      `${registry} hands out bearer tokens, which dockhand cannot use to list it yet; ` +
        'pull by exact name',
      401,
    );
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
