import { useEffect, useRef, useState } from 'react';
import { HUB_DOMAIN } from '../../docker/reference.js';
import type { DockerService } from '../../docker/service.js';
import type { KnownRegistries, SearchResult } from '../../docker/types.js';
import type { Notice } from '../../state/use-tasks.js';
import type { SearchQuery } from './actions.js';
import { where } from './search-box.js';

const NONE_KNOWN: KnownRegistries = { config: [], settings: [], problem: null };

/**
 * The registry pane's state: the results of the last search, a status line, and the
 * registries config.json and dockhand's settings name. Only the newest search may fill the
 * list: an older, slower answer that arrives after it is dropped.
 */
export function useRegistrySearch(service: DockerService) {
  const [results, setResults] = useState<SearchResult[]>([]);
  const [status, setStatus] = useState<Notice>({
    tone: 'info',
    text: 'Enter searches, Tab chooses where · Esc, then p pulls by name, L logs in',
  });
  const [known, setKnown] = useState<KnownRegistries>(NONE_KNOWN);
  // Key handlers read these at once, before React renders the change.
  const latest = useRef({ known, results, place: HUB_DOMAIN });
  const newest = useRef(0);

  const keep = (next: KnownRegistries) => {
    latest.current.known = next;
    setKnown(next);
  };
  const show = (rows: SearchResult[], place: string) => {
    latest.current.results = rows;
    latest.current.place = place;
    setResults(rows);
  };

  // Read again whenever the box or a prompt may offer them: a login may have added one.
  const readRegistries = () =>
    void service
      .knownRegistries()
      .then(keep, (error: Error) =>
        keep({ ...NONE_KNOWN, problem: error.message }),
      );
  useEffect(readRegistries, [service]);

  /** Searches; `onFound` hears of the rows, unless a newer search came meanwhile. */
  const search = (
    query: SearchQuery,
    onFound: (rows: SearchResult[]) => void,
  ) => {
    const ticket = ++newest.current;
    const place = where(query.registry);
    setStatus({
      tone: 'info',
      text: `searching ${place} for "${query.term}"…`,
    });

    const found =
      query.registry === HUB_DOMAIN
        ? service.searchHub(query.term)
        : service.searchRegistry(query.registry, query.term);
    found.then(
      (rows) => {
        if (ticket !== newest.current) return;
        show(rows, query.registry);
        setStatus({
          tone: 'success',
          text: `${rows.length} found on ${place} for "${query.term}" · Enter pulls`,
        });
        onFound(rows);
      },
      (error: Error) => {
        if (ticket !== newest.current) return;
        show([], query.registry);
        setStatus({ tone: 'error', text: error.message });
      },
    );
  };

  return {
    results,
    status,
    known,
    /** The registries as last read, for key handlers. */
    knownNow: () => latest.current.known,
    hasResults: () => latest.current.results.length > 0,
    /** The registry the results on show come from. */
    resultsPlace: () => latest.current.place,
    readRegistries,
    search,
  };
}
