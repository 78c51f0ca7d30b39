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

/** The repository path of a result on its registry: `team/app` of `host:5000/team/app`. */
function repositoryOf(result: SearchResult, registry: string): string {
  return result.name.startsWith(`${registry}/`)
    ? result.name.slice(registry.length + 1)
    : result.name;
}

/**
 * Enter with no result to pull, as from a registry that cannot be searched: an exact
 * reference, begun with what was searched for, and suggested on each known registry.
 */
export function pullByNameForm(
  lifecycle: Lifecycle,
  query: SearchQuery,
  registries: readonly string[],
): FormSpec {
  const on = (registry: string) =>
    registry === HUB_DOMAIN ? query.term : `${registry}/${query.term}`;
  const choices = [...new Set(registries.map(on))].filter(Boolean);

  return {
    title: 'Pull an image by name',
    fields: [
      { name: 'reference', label: 'image', value: on(query.registry), choices },
    ],
    validate: (v) => referenceProblem(v.reference ?? ''),
    onSubmit: (v) => pullReference(lifecycle, (v.reference ?? '').trim()),
  };
}

function pullReference(lifecycle: Lifecycle, reference: string): void {
  lifecycle.runTransfer(
    { base: 'pull', done: 'Pulled' },
    reference,
    (on, signal) => lifecycle.service.pullImage(reference, on, signal),
  );
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
    // The check trims the reference: the pull must name the same one.
    onSubmit: (v) =>
      pullReference(lifecycle, `${result.name}:${(v.tag ?? '').trim()}`),
  };
}
