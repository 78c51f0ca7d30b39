import { describe, expect, it } from 'vitest';
import type {
  ContainerUsage,
  DiskUsage,
  ImageUsage,
  NetworkInfo,
} from '../../src/docker/types.js';
import {
  type CleanupKind,
  type PlanOptions,
  type Snapshot,
  buildPlan,
  hasLabel,
  itemsToRemove,
  plannedBytes,
} from '../../src/state/cleanup-plan.js';

const NOW = 1_800_000_000;
const DAY = 86_400;

function container(
  id: string,
  state: ContainerUsage['state'],
  extra: Partial<ContainerUsage> = {},
): ContainerUsage {
  return {
    id,
    name: id,
    image: 'app',
    imageId: 'sha256:app',
    command: '',
    state,
    status: '',
    statusSince: null,
    health: null,
    exitCode: null,
    created: NOW - DAY,
    ports: '',
    project: null,
    labels: {},
    volumes: [],
    networks: [],
    sizeRw: 100,
    sizeRootFs: 1000,
    ...extra,
  };
}

function image(id: string, extra: Partial<ImageUsage> = {}): ImageUsage {
  return {
    id,
    repoTags: [],
    repoDigests: [],
    created: NOW - 10 * DAY,
    size: 5000,
    sharedSize: 3000,
    labels: {},
    containerCount: 0,
    ...extra,
  };
}

function network(name: string, extra: Partial<NetworkInfo> = {}): NetworkInfo {
  return {
    id: `id-${name}`,
    name,
    driver: 'bridge',
    scope: 'local',
    created: NOW - DAY,
    labels: {},
    isInternal: false,
    isBuiltIn: ['bridge', 'host', 'none'].includes(name),
    ...extra,
  };
}

const volume = (name: string, isAnonymous: boolean) => ({
  name,
  driver: 'local',
  scope: 'local',
  created: NOW - 2 * DAY,
  labels: {},
  isAnonymous,
  size: 700,
  refCount: 0,
});

function snapshot(
  usage: Partial<DiskUsage>,
  networks: NetworkInfo[] = [],
): Snapshot {
  return {
    now: NOW,
    usage: {
      layersSize: 0,
      images: [],
      containers: [],
      volumes: [],
      buildCache: [],
      ...usage,
    },
    networks,
  };
}

function options(
  kinds: CleanupKind[],
  extra: Partial<PlanOptions> = {},
): PlanOptions {
  return {
    kinds: new Set(kinds),
    olderThan: null,
    label: null,
    includeNamedVolumes: false,
    ...extra,
  };
}

const names = (items: { name: string }[]) => items.map((i) => i.name).sort();

describe('buildPlan', () => {
  it('plans exited, created and dead containers and never a running or paused one', () => {
    const snap = snapshot({
      containers: [
        container('up', 'running'),
        container('held', 'paused'),
        container('done', 'exited'),
        container('new', 'created'),
        container('broken', 'dead'),
      ],
    });

    const plan = buildPlan(snap, options(['stopped-containers']));

    expect(names(plan)).toEqual(['broken', 'done', 'new']);
  });

  it('leaves out anything younger than the age filter', () => {
    const snap = snapshot({
      containers: [
        container('hour', 'exited', { created: NOW - 3600 }),
        container('week', 'exited', { created: NOW - 8 * DAY }),
      ],
    });

    const plan = buildPlan(
      snap,
      options(['stopped-containers'], { olderThan: 7 * DAY }),
    );

    expect(names(plan)).toEqual(['week']);
  });

  it('keeps only objects with the label, by key or by key=value', () => {
    const snap = snapshot({
      containers: [
        container('a', 'exited', { labels: { team: 'web' } }),
        container('b', 'exited', { labels: { team: 'db' } }),
        container('c', 'exited'),
      ],
    });

    expect(
      names(
        buildPlan(snap, options(['stopped-containers'], { label: 'team' })),
      ),
    ).toEqual(['a', 'b']);
    expect(
      names(
        buildPlan(snap, options(['stopped-containers'], { label: 'team=db' })),
      ),
    ).toEqual(['b']);
  });

  it('plans dangling images only, or every unused image, counting unique size', () => {
    const snap = snapshot({
      images: [
        image('sha256:aaaaaaaaaaaaaaaa'),
        image('sha256:tagged', { repoTags: ['web:1'] }),
      ],
    });

    const dangling = buildPlan(snap, options(['dangling-images']));
    const unused = buildPlan(snap, options(['unused-images']));

    expect(names(dangling)).toEqual(['aaaaaaaaaaaa']);
    expect(dangling[0]?.size).toBe(2000);
    expect(names(unused)).toEqual(['aaaaaaaaaaaa', 'web:1']);
  });

  it('names every tag of an unused image, since all of them go with it', () => {
    const snap = snapshot({
      images: [image('sha256:two', { repoTags: ['web:1', 'mirror/web:1'] })],
    });

    const plan = buildPlan(snap, options(['unused-images']));

    expect(names(plan)).toEqual(['web:1, mirror/web:1']);
    expect(plan[0]?.tags).toEqual(['web:1', 'mirror/web:1']);
  });

  it('keeps an image that a container uses unless that container is planned too', () => {
    const snap = snapshot({
      containers: [
        container('old', 'exited'),
        container('up', 'running', { imageId: 'sha256:web' }),
      ],
      images: [
        image('sha256:app', { repoTags: ['app:1'] }),
        image('sha256:web', { repoTags: ['web:1'] }),
      ],
    });

    expect(buildPlan(snap, options(['unused-images']))).toEqual([]);

    const both = buildPlan(
      snap,
      options(['stopped-containers', 'unused-images']),
    );
    expect(names(both)).toEqual(['app:1', 'old']);
    expect(both.find((i) => i.kind === 'image')?.needs).toEqual([
      'container:old',
    ]);
  });

  it('plans anonymous volumes only, unless widened to named ones', () => {
    const snap = snapshot({
      volumes: [volume('f'.repeat(64), true), volume('data', false)],
    });

    expect(names(buildPlan(snap, options(['unused-volumes'])))).toEqual([
      'f'.repeat(64),
    ]);
    expect(
      names(
        buildPlan(
          snap,
          options(['unused-volumes'], { includeNamedVolumes: true }),
        ),
      ),
    ).toEqual(['data', 'f'.repeat(64)]);
  });

  it('keeps a volume that a running container mounts', () => {
    const snap = snapshot({
      containers: [container('up', 'running', { volumes: ['data'] })],
      volumes: [volume('data', false)],
    });

    const plan = buildPlan(
      snap,
      options(['stopped-containers', 'unused-volumes'], {
        includeNamedVolumes: true,
      }),
    );

    expect(plan).toEqual([]);
  });

  it('plans user networks nobody is attached to, never bridge, host or none', () => {
    const snap = snapshot(
      { containers: [container('up', 'running', { networks: ['busy'] })] },
      [
        network('bridge'),
        network('host'),
        network('none'),
        network('busy'),
        network('free'),
      ],
    );

    expect(names(buildPlan(snap, options(['unused-networks'])))).toEqual([
      'free',
    ]);
  });

  it('plans build cache not in use, and none under a label filter', () => {
    const record = (id: string, isInUse: boolean) => ({
      id,
      type: 'regular',
      description: id,
      size: 10,
      created: NOW - DAY,
      lastUsed: NOW - DAY,
      isInUse,
      isShared: false,
    });
    const snap = snapshot({
      buildCache: [record('idle', false), record('busy', true)],
    });

    expect(names(buildPlan(snap, options(['build-cache'])))).toEqual(['idle']);
    expect(buildPlan(snap, options(['build-cache'], { label: 'x' }))).toEqual(
      [],
    );
  });
});

describe('itemsToRemove', () => {
  it('drops what waits for a container the user unmarked', () => {
    const snap = snapshot({
      containers: [container('old', 'exited', { volumes: ['v'.repeat(64)] })],
      images: [image('sha256:app', { repoTags: ['app:1'] })],
      volumes: [volume('v'.repeat(64), true)],
    });
    const plan = buildPlan(
      snap,
      options(['stopped-containers', 'unused-images', 'unused-volumes']),
    );

    expect(itemsToRemove(plan, new Set())).toHaveLength(3);
    expect(itemsToRemove(plan, new Set(['container:old']))).toEqual([]);
    expect(names(itemsToRemove(plan, new Set(['image:sha256:app'])))).toEqual([
      'old',
      'v'.repeat(64),
    ]);
  });
});

describe('plannedBytes and hasLabel', () => {
  it('sums the known sizes and skips unknown ones', () => {
    const plan = buildPlan(
      snapshot({ containers: [container('a', 'exited')] }, [network('n')]),
      options(['stopped-containers', 'unused-networks']),
    );

    expect(plannedBytes(plan)).toBe(100);
  });

  it('matches a label by key alone or by key and value', () => {
    expect(hasLabel({ a: '1' }, 'a')).toBe(true);
    expect(hasLabel({ a: '1' }, 'a=1')).toBe(true);
    expect(hasLabel({ a: '1' }, 'a=2')).toBe(false);
    expect(hasLabel({}, 'a')).toBe(false);
  });
});
