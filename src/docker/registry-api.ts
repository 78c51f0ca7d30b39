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
async function getPage<T>(
  registry: string,
  path: string,
  credentials: Credentials | null,
): Promise<{ body: T; next: string | null }> {
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

  let body: T;
  try {
    body = (await response.json()) as T;
  } catch {
    throw new DockerError('engine', NO_SEARCH(registry));
  }

  return { body, next: nextPage(response.headers.get('link')) };
}

/** The path of the next page a `Link: </v2/…?last=x&n=1000>; rel="next"` header names. */
function nextPage(link: string | null): string | null {
  const target = link?.match(/<([^>]+)>\s*;\s*rel="?next"?/)?.[1];
  if (!target) return null;

  const url = new URL(target, 'http://registry');
  return `${url.pathname}${url.search}`;
}

/** Pages of 1000 are read until the registry names no next page, up to 50 of them. */
const MAX_PAGES = 50;

/** Pages through a paginated list; a registry that pages forever stops at MAX_PAGES. */
async function readPages(
  registry: string,
  first: string,
  credentials: Credentials | null,
  itemsOf: (body: Record<string, unknown>) => unknown[],
): Promise<string[]> {
  const items: string[] = [];
  let path: string | null = first;
  for (let page = 0; path !== null && page < MAX_PAGES; page++) {
    const answer: { body: Record<string, unknown>; next: string | null } =
      await getPage(registry, path, credentials);
    items.push(
      ...itemsOf(answer.body).filter((i): i is string => typeof i === 'string'),
    );
    path = answer.next;
  }

  return items;
}

/** The repositories a v2 registry lists in its catalog. */
export function listCatalog(
  registry: string,
  credentials: Credentials | null,
): Promise<string[]> {
  return readPages(registry, '/v2/_catalog?n=1000', credentials, (body) => {
    if (!Array.isArray(body.repositories)) {
      throw new DockerError('engine', NO_SEARCH(registry));
    }

    return body.repositories;
  });
}

/** The tags of one repository on a v2 registry. */
export function listTags(
  registry: string,
  repository: string,
  credentials: Credentials | null,
): Promise<string[]> {
  return readPages(
    registry,
    `/v2/${repository}/tags/list?n=1000`,
    credentials,
    (body) => (Array.isArray(body.tags) ? body.tags : []),
  );
}
