/** What of each kind a cleanup plan may hold; buildPlan (cleanup-plan.ts) puts them together. */
import type {
  BuildCacheInfo,
  ContainerUsage,
  ImageUsage,
} from '../docker/types.js';
import type {
  ItemKind,
  PlanItem,
  PlanOptions,
  Snapshot,
} from './cleanup-plan.js';

const STOPPED = new Set(['exited', 'created', 'dead']);

export const keyOf = (kind: ItemKind, id: string) => `${kind}:${id}`;

/** True when `labels` carry `filter` (`key` or `key=value`). */
export function hasLabel(
  labels: Readonly<Record<string, string>>,
  filter: string,
): boolean {
  const at = filter.indexOf('=');
  if (at < 0) return filter in labels;

  return labels[filter.slice(0, at)] === filter.slice(at + 1);
}

function admits(
  options: PlanOptions,
  now: number,
  created: number,
  labels: Readonly<Record<string, string>> | null,
): boolean {
  if (options.olderThan !== null && now - created < options.olderThan) {
    return false;
  }

  if (options.label === null) return true;

  return labels !== null && hasLabel(labels, options.label);
}

export function plannedContainers(
  snapshot: Snapshot,
  options: PlanOptions,
): PlanItem[] {
  if (!options.kinds.has('stopped-containers')) return [];

  return snapshot.usage.containers
    .filter((c) => STOPPED.has(c.state))
    .filter((c) => admits(options, snapshot.now, c.created, c.labels))
    .map((c) => ({
      key: keyOf('container', c.id),
      kind: 'container',
      id: c.id,
      name: c.name,
      size: c.sizeRw,
      reason: c.state,
      created: c.created,
      tags: [],
      needs: [],
    }));
}

/**
 * The planned containers among `users`, or null when any user is not planned (the object is
 * in use and stays).
 */
function needsOf(
  users: readonly ContainerUsage[],
  planned: ReadonlySet<string>,
): string[] | null {
  const keys = users.map((c) => keyOf('container', c.id));

  return keys.every((key) => planned.has(key)) ? keys : null;
}

export function plannedImages(
  snapshot: Snapshot,
  options: PlanOptions,
  planned: ReadonlySet<string>,
): PlanItem[] {
  const all = options.kinds.has('unused-images');
  if (!all && !options.kinds.has('dangling-images')) return [];

  const { containers } = snapshot.usage;
  const wanted = (image: ImageUsage) =>
    (all || image.repoTags.length === 0) &&
    admits(options, snapshot.now, image.created, image.labels);

  return snapshot.usage.images.filter(wanted).flatMap((image) => {
    const needs = needsOf(
      containers.filter((c) => c.imageId === image.id),
      planned,
    );
    if (needs === null) return [];

    const unique =
      image.sharedSize >= 0 ? image.size - image.sharedSize : image.size;

    return [
      {
        key: keyOf('image', image.id),
        kind: 'image',
        id: image.id,
        // Every tag goes with the image: the plan names them all, not only the first.
        name:
          image.repoTags.length > 0
            ? image.repoTags.join(', ')
            : image.id.replace(/^sha256:/, '').slice(0, 12),
        size: unique,
        reason: image.repoTags.length === 0 ? 'dangling' : 'unused',
        created: image.created,
        tags: [...image.repoTags],
        needs,
      },
    ];
  });
}

export function plannedVolumes(
  snapshot: Snapshot,
  options: PlanOptions,
  planned: ReadonlySet<string>,
): PlanItem[] {
  if (!options.kinds.has('unused-volumes')) return [];

  const { containers } = snapshot.usage;

  return snapshot.usage.volumes
    .filter((v) => v.isAnonymous || options.includeNamedVolumes)
    .filter((v) => admits(options, snapshot.now, v.created, v.labels))
    .flatMap((volume) => {
      const needs = needsOf(
        containers.filter((c) => c.volumes.includes(volume.name)),
        planned,
      );
      if (needs === null) return [];

      return [
        {
          key: keyOf('volume', volume.name),
          kind: 'volume',
          id: volume.name,
          name: volume.name,
          size: volume.size,
          reason: volume.isAnonymous ? 'anonymous' : 'named',
          created: volume.created,
          tags: [],
          needs,
        },
      ];
    });
}

export function plannedNetworks(
  snapshot: Snapshot,
  options: PlanOptions,
  planned: ReadonlySet<string>,
): PlanItem[] {
  if (!options.kinds.has('unused-networks')) return [];

  const { containers } = snapshot.usage;

  return snapshot.networks
    .filter((n) => !n.isBuiltIn && n.scope !== 'swarm')
    .filter((n) => admits(options, snapshot.now, n.created, n.labels))
    .flatMap((network) => {
      const needs = needsOf(
        containers.filter((c) => c.networks.includes(network.name)),
        planned,
      );
      if (needs === null) return [];

      return [
        {
          key: keyOf('network', network.id),
          kind: 'network',
          id: network.id,
          name: network.name,
          size: -1,
          reason: 'unused',
          created: network.created,
          tags: [],
          needs,
        },
      ];
    });
}

export function plannedBuildCache(
  snapshot: Snapshot,
  options: PlanOptions,
): PlanItem[] {
  // Build cache records carry no labels: a label filter leaves them all out.
  if (!options.kinds.has('build-cache') || options.label !== null) return [];

  const lastTouched = (r: BuildCacheInfo) => Math.max(r.created, r.lastUsed);

  return snapshot.usage.buildCache
    .filter((r) => !r.isInUse)
    .filter((r) => admits(options, snapshot.now, lastTouched(r), null))
    .map((record) => ({
      key: keyOf('build-cache', record.id),
      kind: 'build-cache',
      id: record.id,
      name: record.description || record.id.slice(0, 12),
      size: record.size,
      reason: record.type || 'cache',
      created: record.created,
      tags: [],
      needs: [],
    }));
}
