import { HUB_DOMAIN, parseReference } from '../../docker/reference.js';
import type { SearchResult } from '../../docker/types.js';
import type { FormSpec } from '../dialogs/form.js';
import type { Lifecycle } from './lifecycle.js';

/** Where and what to search: Docker Hub (docker.io) or a v2 registry's catalog. */
export interface SearchQuery {
  registry: string;
  term: string;
}

/** A reason a reference will be refused, in the engine grammar's words; null when valid. */
export function referenceProblem(text: string): string | null {
  try {
    parseReference(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** `s`: the search prompt; the registry field offers those config.json names. */
export function searchForm(
  query: SearchQuery,
  registries: readonly string[],
  onSearch: (query: SearchQuery) => void,
): FormSpec {
  return {
    title: 'Search a registry (docker.io searches Docker Hub)',
    fields: [
      { name: 'term', label: 'search', value: query.term },
      {
        name: 'registry',
        label: 'registry',
        value: query.registry,
        choices: [HUB_DOMAIN, ...registries.filter((r) => r !== HUB_DOMAIN)],
      },
    ],
    validate: (v) =>
      v.registry?.trim()
        ? null
        : 'name a registry, or docker.io for Docker Hub',
    onSubmit: (v) =>
      onSearch({
        registry: v.registry?.trim() ?? HUB_DOMAIN,
        term: v.term ?? '',
      }),
  };
}

/** The repository path of a result on its registry: `team/app` of `host:5000/team/app`. */
function repositoryOf(result: SearchResult, registry: string): string {
  return result.name.startsWith(`${registry}/`)
    ? result.name.slice(registry.length + 1)
    : result.name;
}

/** Enter on a result: choose a tag (listed where the registry lists them), then pull. */
export async function pullForm(
  lifecycle: Lifecycle,
  result: SearchResult,
  registry: string,
): Promise<FormSpec> {
  const tags =
    registry === HUB_DOMAIN
      ? []
      : await lifecycle.service
          .listTags(registry, repositoryOf(result, registry))
          .catch(() => []);

  return {
    title: `Pull ${result.name}`,
    fields: [
      {
        name: 'tag',
        label: 'tag',
        value:
          tags.includes('latest') || tags.length === 0 ? 'latest' : tags[0],
        choices: tags,
      },
    ],
    validate: (v) => referenceProblem(`${result.name}:${v.tag ?? ''}`),
    onSubmit: (v) => {
      const reference = `${result.name}:${v.tag}`;
      lifecycle.runTransfer(
        { base: 'pull', done: 'Pulled' },
        reference,
        (on, signal) => lifecycle.service.pullImage(reference, on, signal),
      );
    },
  };
}

/** `L`: log in; the engine checks the password before anything is stored. */
export function loginForm(
  lifecycle: Lifecycle,
  registry: string,
  registries: readonly string[],
): FormSpec {
  return {
    title: 'Log in to a registry',
    fields: [
      {
        name: 'registry',
        label: 'registry',
        value: registry,
        choices: [HUB_DOMAIN, ...registries],
      },
      { name: 'username', label: 'user' },
      { name: 'password', label: 'password', isSecret: true },
    ],
    validate: (v) =>
      v.registry?.trim() && v.username?.trim()
        ? null
        : 'give a registry and a user',
    onSubmit: (v) => {
      const target = (v.registry ?? '').trim();
      lifecycle.closeForm();
      lifecycle.notify({ tone: 'info', text: `Logging in to ${target}…` });
      lifecycle.service
        .login({
          registry: target,
          username: (v.username ?? '').trim(),
          password: v.password ?? '',
        })
        .then(
          () =>
            lifecycle.notify({
              tone: 'success',
              text: `Logged in to ${target}.`,
            }),
          (error: Error) =>
            lifecycle.notify({
              tone: 'error',
              text: `Could not log in to ${target}: ${error.message}`,
            }),
        );
    },
  };
}

/** `X`: forget the stored credentials of a registry. */
export function logoutForm(
  lifecycle: Lifecycle,
  registry: string,
  registries: readonly string[],
): FormSpec {
  return {
    title: 'Log out of a registry',
    fields: [
      {
        name: 'registry',
        label: 'registry',
        value: registry,
        choices: registries,
      },
    ],
    onSubmit: (v) => {
      const target = (v.registry ?? '').trim();
      lifecycle.closeForm();
      lifecycle.service.logout(target).then(
        () =>
          lifecycle.notify({
            tone: 'success',
            text: `Logged out of ${target}.`,
          }),
        (error: Error) =>
          lifecycle.notify({
            tone: 'error',
            text: `Could not log out of ${target}: ${error.message}`,
          }),
      );
    },
  };
}
