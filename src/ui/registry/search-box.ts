import { HUB_DOMAIN } from '../../docker/reference.js';
import type { KnownRegistries } from '../../docker/types.js';
import type { SearchQuery } from './actions.js';

/** Docker Hub by its name, other registries by their address. */
export const where = (registry: string) =>
  registry === HUB_DOMAIN ? 'Docker Hub' : registry;

/** Where one may search: Docker Hub, then config.json's registries, then the settings'. */
export function placesOf(known: KnownRegistries): string[] {
  return [...new Set([HUB_DOMAIN, ...known.config, ...known.settings])];
}

export type BoxAction =
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'clear' }
  | { type: 'place'; places: readonly string[]; delta: number };

/** The search box after one key: the term typed or erased, or the next place to search. */
export function boxReducer(box: SearchQuery, action: BoxAction): SearchQuery {
  switch (action.type) {
    case 'type':
      return { ...box, term: box.term + action.text };
    case 'erase':
      return { ...box, term: [...box.term].slice(0, -1).join('') };
    case 'clear':
      return { ...box, term: '' };
    case 'place': {
      const { places, delta } = action;
      if (places.length === 0) return box;

      // A place no longer listed (logged out of meanwhile) steps to the first.
      const at = places.indexOf(box.registry);
      const next = at === -1 ? 0 : (at + delta + places.length) % places.length;
      return { ...box, registry: places[next] ?? box.registry };
    }
  }
}
