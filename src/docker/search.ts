import type Docker from 'dockerode';
import type { CredentialStore } from './credentials.js';
import { toDockerError } from './errors.js';
import { HUB_AUTH_KEY, HUB_DOMAIN, familiarName } from './reference.js';
import { listCatalog, listTags } from './registry-api.js';
import type { DockerService } from './service.js';
import { readRegistrySettings } from './settings.js';
import type { SearchResult } from './types.js';

type Search = Pick<
  DockerService,
  'searchHub' | 'searchRegistry' | 'listTags' | 'knownRegistries'
>;

/** One result as Docker gives it, or as Podman does (capitalised, official as "[OK]"). */
interface HubResult {
  name?: string;
  description?: string;
  star_count?: number;
  is_official?: boolean;
  Name?: string;
  Description?: string;
  Stars?: number;
  Official?: string;
}

/**
 * The name as the index gives it. Podman puts the index in front (docker.io/library/busybox,
 * 127.0.0.1:5000/library/shelf); Docker does not.
 */
function nameOf(raw: HubResult, index: string): string {
  const name = raw.name ?? raw.Name ?? '';
  if (index === HUB_DOMAIN) return familiarName(name);

  return name.startsWith(`${index}/`) ? name.slice(index.length + 1) : name;
}

function toSearchResult(raw: HubResult, index: string): SearchResult {
  return {
    name: nameOf(raw, index),
    description: raw.description ?? raw.Description ?? '',
    stars: raw.star_count ?? raw.Stars ?? 0,
    isOfficial: raw.is_official === true || raw.Official === '[OK]',
  };
}

/**
 * The index a search term goes to: a term `host:port/word` makes the engine ask that host,
 * as the docker CLI does, so that host's credentials go with it; otherwise Docker Hub.
 */
function indexOf(term: string): string {
  const slash = term.indexOf('/');
  const head = slash === -1 ? '' : term.slice(0, slash);

  return /[.:]/.test(head) || head === 'localhost' ? head : HUB_DOMAIN;
}

/**
 * Registry search: Docker Hub through the engine, other registries through their catalog.
 * `settingsFile` is dockhand's own settings, whose `registries` are offered too.
 */
export function createSearch(
  client: () => Docker,
  credentials: CredentialStore,
  settingsFile: string | null,
): Search {
  return {
    searchHub: async (term) => {
      const index = indexOf(term);
      const found = await credentials.get(index);
      const serveraddress = index === HUB_DOMAIN ? HUB_AUTH_KEY : index;
      const authconfig = found && { ...found, serveraddress };
      let answer: HubResult[];
      try {
        // docker-modem moves authconfig out of the query into X-Registry-Auth.
        answer = (await client().searchImages({
          term,
          limit: 100,
          ...(authconfig ? { authconfig } : {}),
        })) as HubResult[];
      } catch (error) {
        throw toDockerError(error);
      }

      return answer.map((r) => toSearchResult(r, index));
    },

    searchRegistry: async (registry, term) => {
      const names = await listCatalog(
        registry,
        await credentials.get(registry),
      );
      const word = term.trim().toLowerCase();

      return names
        .filter((name) => name.toLowerCase().includes(word))
        .map((name) => ({
          name: `${registry}/${name}`,
          description: '',
          stars: null,
          isOfficial: false,
        }));
    },

    listTags: async (registry, repository) =>
      listTags(registry, repository, await credentials.get(registry)),

    knownRegistries: async () => {
      const config = await credentials.registries();
      const settings = settingsFile
        ? readRegistrySettings(settingsFile)
        : { registries: [], problem: null };

      return {
        config,
        settings: settings.registries,
        problem: settings.problem,
      };
    },
  };
}
