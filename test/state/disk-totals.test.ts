import { describe, expect, it } from 'vitest';
import type { DiskUsage } from '../../src/docker/types.js';
import { diskTotals, largestItems } from '../../src/state/disk-totals.js';

const image = (
  name: string,
  size: number,
  shared: number,
  containers: number,
) => ({
  id: `sha256:${name}`,
  repoTags: [`${name}:1`],
  repoDigests: [],
  created: 0,
  size,
  sharedSize: shared,
  labels: {},
  containerCount: containers,
});

const usage: DiskUsage = {
  layersSize: 900,
  images: [image('used', 500, 200, 1), image('free', 400, 100, 0)],
  containers: [
    { state: 'running', sizeRw: 30, name: 'up' },
    { state: 'exited', sizeRw: 70, name: 'down' },
  ].map((c) => ({
    id: c.name,
    name: c.name,
    image: 'used:1',
    imageId: 'sha256:used',
    command: '',
    state: c.state as 'running' | 'exited',
    status: '',
    statusSince: null,
    health: null,
    exitCode: null,
    created: 0,
    ports: '',
    project: null,
    labels: {},
    volumes: [],
    networks: [],
    sizeRw: c.sizeRw,
    sizeRootFs: 0,
  })),
  volumes: [
    { name: 'kept', refCount: 1, size: 1000 },
    { name: 'loose', refCount: 0, size: 2000 },
    { name: 'remote', refCount: 0, size: -1 },
  ].map((v) => ({
    ...v,
    driver: 'local',
    scope: 'local',
    created: 0,
    labels: {},
    isAnonymous: false,
  })),
  buildCache: [
    { id: 'a', isInUse: true, size: 5 },
    { id: 'b', isInUse: false, size: 8 },
  ].map((r) => ({
    ...r,
    type: 'regular',
    description: '',
    created: 0,
    lastUsed: 0,
    isShared: false,
  })),
};

describe('diskTotals', () => {
  it('counts in use and reclaimable per kind as docker system df does', () => {
    expect(diskTotals(usage)).toEqual([
      { kind: 'images', count: 2, active: 1, size: 900, reclaimable: 300 },
      { kind: 'containers', count: 2, active: 1, size: 100, reclaimable: 70 },
      { kind: 'volumes', count: 3, active: 1, size: 3000, reclaimable: 2000 },
      { kind: 'build cache', count: 2, active: 1, size: 13, reclaimable: 8 },
    ]);
  });
});

describe('largestItems', () => {
  it('lists the biggest objects of every kind first, images with their shared bytes', () => {
    const largest = largestItems(usage, 3);

    expect(largest.map((i) => [i.kind, i.name, i.shared])).toEqual([
      ['volumes', 'loose', -1],
      ['volumes', 'kept', -1],
      ['images', 'used:1', 200],
    ]);
  });
});
