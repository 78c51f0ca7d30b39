import type { DiskUsage } from '../docker/types.js';

export interface DiskTotal {
  kind: 'images' | 'containers' | 'volumes' | 'build cache';
  count: number;
  /** How many are in use: images with containers, running containers, mounted volumes. */
  active: number;
  size: number;
  /** Bytes that removing what is not in use would return. */
  reclaimable: number;
}

export interface LargeItem {
  kind: DiskTotal['kind'];
  name: string;
  size: number;
  /** For images, bytes shared with other images; -1 elsewhere. */
  shared: number;
  isInUse: boolean;
}

const sum = (values: readonly number[]) =>
  values.reduce((total, value) => total + Math.max(0, value), 0);

const uniqueSize = (image: DiskUsage['images'][number]) =>
  image.sharedSize >= 0 ? image.size - image.sharedSize : image.size;

/**
 * The rows of `docker system df`: per kind, how many, in use, size and reclaimable. Image
 * size counts each shared layer once; reclaimable counts the unique bytes of images no
 * container uses (layers shared only among unused images are not counted).
 */
export function diskTotals(usage: DiskUsage): DiskTotal[] {
  const { images, containers, volumes, buildCache } = usage;
  const unusedImages = images.filter((i) => i.containerCount === 0);
  const stopped = containers.filter((c) => c.state !== 'running');
  const freeVolumes = volumes.filter((v) => v.refCount === 0);
  const idleCache = buildCache.filter((r) => !r.isInUse);

  return [
    {
      kind: 'images',
      count: images.length,
      active: images.length - unusedImages.length,
      size: usage.layersSize,
      reclaimable: sum(unusedImages.map(uniqueSize)),
    },
    {
      kind: 'containers',
      count: containers.length,
      active: containers.length - stopped.length,
      size: sum(containers.map((c) => c.sizeRw)),
      reclaimable: sum(stopped.map((c) => c.sizeRw)),
    },
    {
      kind: 'volumes',
      count: volumes.length,
      active: volumes.length - freeVolumes.length,
      size: sum(volumes.map((v) => v.size)),
      reclaimable: sum(freeVolumes.map((v) => v.size)),
    },
    {
      kind: 'build cache',
      count: buildCache.length,
      active: buildCache.length - idleCache.length,
      size: sum(buildCache.map((r) => r.size)),
      reclaimable: sum(idleCache.map((r) => r.size)),
    },
  ];
}

/** The `limit` largest objects of every kind, biggest first. */
export function largestItems(usage: DiskUsage, limit: number): LargeItem[] {
  const items: LargeItem[] = [
    ...usage.images.map((i) => ({
      kind: 'images' as const,
      name: i.repoTags[0] ?? i.id.replace(/^sha256:/, '').slice(0, 12),
      size: i.size,
      shared: i.sharedSize,
      isInUse: i.containerCount > 0,
    })),
    ...usage.containers.map((c) => ({
      kind: 'containers' as const,
      name: c.name,
      size: c.sizeRw,
      shared: -1,
      isInUse: c.state === 'running',
    })),
    ...usage.volumes.map((v) => ({
      kind: 'volumes' as const,
      name: v.name,
      size: v.size,
      shared: -1,
      isInUse: v.refCount > 0,
    })),
  ];

  return items.sort((a, b) => b.size - a.size).slice(0, limit);
}
