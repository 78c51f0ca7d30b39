import type { DiskUsage, NetworkInfo } from '../docker/types.js';
import {
  plannedBuildCache,
  plannedContainers,
  plannedImages,
  plannedNetworks,
  plannedVolumes,
} from './cleanup-candidates.js';

export { hasLabel, keyOf } from './cleanup-candidates.js';

/** What the planner can be asked to clear. */
export type CleanupKind =
  | 'stopped-containers'
  | 'dangling-images'
  | 'unused-images'
  | 'unused-volumes'
  | 'unused-networks'
  | 'build-cache';

export type ItemKind =
  | 'container'
  | 'image'
  | 'volume'
  | 'network'
  | 'build-cache';

export interface PlanOptions {
  kinds: ReadonlySet<CleanupKind>;
  /** Only objects at least this many seconds old; null for any age. */
  olderThan: number | null;
  /** `key` or `key=value`: only objects carrying that label; null for any. */
  label: string | null;
  /** Named volumes too; by default only anonymous volumes are planned. */
  includeNamedVolumes: boolean;
}

export interface PlanItem {
  /** `kind:id`, unique across the plan. */
  key: string;
  kind: ItemKind;
  /** What the item is removed by: a container, image or network ID, a volume name. */
  id: string;
  name: string;
  /** Bytes the engine reported for it (an image's unique size); -1 where unknown. */
  size: number;
  /** Why it is in the plan: "exited", "dangling", "unused", "anonymous". */
  reason: string;
  /** Unix seconds. */
  created: number;
  /** An image's tags when planned, each checked again before it is untagged. */
  tags: string[];
  /** Planned containers that use it: it can go only after they have gone. */
  needs: string[];
}

/** What the plan is made from: one disk-usage answer and the network list. */
export interface Snapshot {
  /** Unix seconds when the snapshot was taken. */
  now: number;
  usage: DiskUsage;
  networks: readonly NetworkInfo[];
}

/**
 * Exactly what a cleanup with `options` would remove from `snapshot`. An image, volume or
 * network that any container uses is left out, unless every one of those containers is in
 * the plan itself; then it waits for them (see `needs`). Running containers, built-in
 * networks and named volumes (unless widened) never appear.
 */
export function buildPlan(
  snapshot: Snapshot,
  options: PlanOptions,
): PlanItem[] {
  const containers = plannedContainers(snapshot, options);
  const planned = new Set(containers.map((item) => item.key));

  return [
    ...containers,
    ...plannedImages(snapshot, options, planned),
    ...plannedVolumes(snapshot, options, planned),
    ...plannedNetworks(snapshot, options, planned),
    ...plannedBuildCache(snapshot, options),
  ];
}

/**
 * The items that go once the user has unmarked `unmarked`: an item whose containers stay
 * (unmarked) stays too, since the engine would refuse it.
 */
export function itemsToRemove(
  plan: readonly PlanItem[],
  unmarked: ReadonlySet<string>,
): PlanItem[] {
  const going = new Set(
    plan.filter((item) => !unmarked.has(item.key)).map((item) => item.key),
  );

  return plan.filter(
    (item) => going.has(item.key) && item.needs.every((k) => going.has(k)),
  );
}

/** The bytes `items` return, counting only known sizes. */
export function plannedBytes(items: readonly PlanItem[]): number {
  return items.reduce((sum, item) => sum + Math.max(0, item.size), 0);
}
