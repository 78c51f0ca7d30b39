import { useEffect, useRef, useState } from 'react';
import { HUB_DOMAIN } from '../../docker/reference.js';
import type { DockerService } from '../../docker/service.js';
import type { SearchResult } from '../../docker/types.js';
import type { Notice } from '../../state/use-tasks.js';
import type { SearchQuery } from './actions.js';

/** Docker Hub by its name, other registries by their address. */
export const where = (registry: string) =>
  registry === HUB_DOMAIN ? 'Docker Hub' : registry;

/**
 * The registry pane's state: the last query, its results, a status line, and the registries
 * config.json names. Only the newest search may fill the list: an older, slower answer that
 * arrives after it is dropped.
 */
export function useRegistrySearch(service: DockerService) {
  const [query, setQuery] = useState<SearchQuery>({
    registry: HUB_DOMAIN,
    term: '',
  });
  const [results, setResults] = useState<SearchResult[]>([]);
  const [status, setStatus] = useState<Notice>({
    tone: 'info',
    text: 's searches it or another registry · p pulls by name · L logs in',
  });
  const [registries, setRegistries] = useState<string[]>([]);
  const newest = useRef(0);

  // Read again whenever a prompt may offer them: a login may have added one.
  const readRegistries = () =>
    void service.knownRegistries().then(setRegistries, () => setRegistries([]));
  useEffect(readRegistries, [service]);

  const search = (next: SearchQuery) => {
    const ticket = ++newest.current;
    const place = where(next.registry);
    setQuery(next);
    setStatus({ tone: 'info', text: `searching ${place} for "${next.term}"…` });

    const found =
      next.registry === HUB_DOMAIN
        ? service.searchHub(next.term)
        : service.searchRegistry(next.registry, next.term);
    found.then(
      (rows) => {
        if (ticket !== newest.current) return;
        setResults(rows);
        setStatus({
          tone: 'success',
          text: `${rows.length} found on ${place} for "${next.term}" · Enter pulls`,
        });
      },
      (error: Error) => {
        if (ticket !== newest.current) return;
        setResults([]);
        setStatus({ tone: 'error', text: error.message });
      },
    );
  };

  return { query, results, status, registries, readRegistries, search };
}
