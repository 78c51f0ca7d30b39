import { toDockerError } from '../docker/errors.js';
import type { DockerService } from '../docker/service.js';
import type { PlanItem, Snapshot } from './cleanup-plan.js';
import { eachLimited } from './use-tasks.js';

/** Removals in flight at once during a cleanup; the engine serializes much of it anyway. */
export const CLEANUP_CONCURRENCY = 8;

export interface CleanupLine {
  item: PlanItem;
  isOk: boolean;
  /** "removed", or why not in the engine's words. */
  detail: string;
}

export interface CleanupResult {
  lines: CleanupLine[];
  /** Bytes the engine reported for what it removed. */
  reclaimed: number;
}

/** Why an item could not go, without the single-item hints (a cleanup never forces). */
function reasonOf(error: unknown): string {
  const failure = toDockerError(error);
  const reason = failure.message.replace(/^\(HTTP code \d+\) [^-]+- /, '');
  if (failure.kind === 'not-found') return `already gone: ${reason}`;
  if (failure.kind === 'conflict') return `in use: ${reason}`;

  return reason;
}

async function removeImage(service: DockerService, item: PlanItem) {
  if (item.tags.length <= 1) {
    // By ID without force: the engine refuses if a container uses it by now.
    await service.removeImage(item.id, { force: false });
    return;
  }

  // The engine removes an image with several tags by ID only with force, which would
  // also take it from containers made since the plan: untag one by one instead, each tag
  // checked to be still on this image.
  const fresh = (await service.listImages()).find((i) => i.id === item.id);
  const tags = fresh?.repoTags ?? [];
  const added = tags.filter((tag) => !item.tags.includes(tag));
  if (added.length > 0) {
    throw new Error(`it was tagged ${added.join(', ')} after the plan`);
  }

  for (const tag of tags) await service.removeImage(tag, { force: false });
}

function removerOf(service: DockerService, item: PlanItem) {
  switch (item.kind) {
    case 'container':
      // Without force, a container started since the plan is refused, and its volumes
      // stay: only volumes in the plan go.
      return () =>
        service.removeContainer(item.id, { force: false, keepVolumes: true });
    case 'image':
      return () => removeImage(service, item);
    case 'volume':
      return () => service.removeVolume(item.id);
    case 'network':
      return () => service.removeNetwork(item.id);
    case 'build-cache':
      return null;
  }
}

async function removeBuildCache(
  service: DockerService,
  items: readonly PlanItem[],
): Promise<CleanupResult> {
  if (items.length === 0) return { lines: [], reclaimed: 0 };

  const answer = await service.pruneBuildCache(items.map((i) => i.id));
  const deleted = new Set(answer.deleted);

  return {
    reclaimed: answer.spaceReclaimed,
    lines: items.map((item) => ({
      item,
      isOk: deleted.has(item.id),
      detail: deleted.has(item.id)
        ? 'removed'
        : 'the engine kept it (in use or gone)',
    })),
  };
}

/**
 * Removes exactly `items`, each by its ID: containers first, then what waited for them,
 * then build cache. One failure never stops the rest; each item's result is reported.
 */
export async function runCleanup(
  service: DockerService,
  items: readonly PlanItem[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<CleanupResult> {
  const lines: CleanupLine[] = [];
  const failed = new Set<string>();
  const step = async (item: PlanItem) => {
    const remove = removerOf(service, item);
    const blocker = item.needs.find((key) => failed.has(key));
    try {
      if (blocker) throw new Error(`it waits for ${blocker}, which stayed`);
      if (remove) await remove();
      lines.push({ item, isOk: true, detail: 'removed' });
    } catch (error) {
      failed.add(item.key);
      lines.push({ item, isOk: false, detail: reasonOf(error) });
    }

    onProgress(lines.length, items.length);
  };
  const byKind = (kinds: readonly string[]) =>
    items.filter((item) => kinds.includes(item.kind));

  await eachLimited(byKind(['container']), CLEANUP_CONCURRENCY, step);
  await eachLimited(
    byKind(['image', 'volume', 'network']),
    CLEANUP_CONCURRENCY,
    step,
  );
  const cache = await removeBuildCache(service, byKind(['build-cache']));
  lines.push(...cache.lines);
  onProgress(lines.length, items.length);

  const reclaimed = lines
    .filter((line) => line.isOk && line.item.kind !== 'build-cache')
    .reduce((sum, line) => sum + Math.max(0, line.item.size), cache.reclaimed);

  return { lines, reclaimed };
}

/** Reads what a plan is made from: the engine's disk usage (slow) and its networks. */
export async function takeSnapshot(
  service: DockerService,
  signal?: AbortSignal,
): Promise<Snapshot> {
  const [usage, networks] = await Promise.all([
    service.diskUsage(signal),
    service.listNetworks(),
  ]);

  return { now: Date.now() / 1000, usage, networks };
}
