import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import {
  type CleanupKind,
  type PlanOptions,
  buildPlan,
  itemsToRemove,
} from '../../src/state/cleanup-plan.js';
import { runCleanup, takeSnapshot } from '../../src/state/cleanup-run.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
  engineHost,
} from '../support/engine.js';

const LABEL = 'dockhand.test=cleanup';
const ANON = `${'a'.repeat(63)}1`;

/**
 * Builds an image carrying the file's label. Unlike buildImage it has no RUN step, so each of
 * the seven images every test seeds costs no container.
 */
async function build(tag: string, content: string): Promise<void> {
  const child = promisify(execFile)(
    'docker',
    ['-H', engineHost(), 'build', '-q', '--label', LABEL, '-t', tag, '-'],
    { env: { ...process.env, DOCKER_CONTEXT: '', DOCKER_HOST: '' } },
  );
  child.child.stdin?.end(`FROM ${BASE_IMAGE}\nLABEL content=${content}\n`);
  await child;
}

async function lines(...args: string[]): Promise<string[]> {
  return (await docker(...args)).split('\n').filter(Boolean);
}

/** Everything this file made, as names a person reads, sorted. */
async function inventory(): Promise<string[]> {
  const only = ['--filter', `label=${LABEL}`];
  const containers = await lines('ps', '-a', ...only, '--format', '{{.Names}}');
  const images = await lines(
    'images',
    ...only,
    '--format',
    '{{.Repository}}:{{.Tag}}',
  );
  const volumes = await lines('volume', 'ls', ...only, '--format', '{{.Name}}');
  const networks = await lines(
    'network',
    'ls',
    ...only,
    '--format',
    '{{.Name}}',
  );
  const volumeName = (v: string) =>
    v === ANON ? 'v:anon-free' : /^[0-9a-f]{64}$/.test(v) ? 'v:anon' : `v:${v}`;

  return [
    ...containers.map((c) => `c:${c}`),
    ...images.map((i) => (i === '<none>:<none>' ? 'i:<dangling>' : `i:${i}`)),
    ...volumes.map(volumeName),
    ...networks.map((n) => `n:${n}`),
  ].sort();
}

const anonMount = (path: string) =>
  `type=volume,dst=${path},volume-label=${LABEL}`;

/**
 * A running container with a named and an anonymous volume; a stopped one with its own
 * image, anonymous volume and network; a created one; tagged, multi-tagged and dangling
 * images; an anonymous and a named volume nobody uses; a network nobody uses.
 */
async function seed(): Promise<void> {
  await build('cl-img/running:1', 'running');
  await build('cl-img/used:1', 'used');
  await build('cl-img/unused:1', 'unused');
  await build('cl-img/multi:1', 'multi');
  await docker('tag', 'cl-img/multi:1', 'cl-img/multi:2');
  await build('cl-img/dangle:1', 'old');
  await build('cl-img/dangle:1', 'new');
  await docker('volume', 'create', '--label', LABEL, 'cl-named-used');
  await docker('volume', 'create', '--label', LABEL, 'cl-named-free');
  await docker('volume', 'create', '--label', LABEL, ANON);
  await docker(
    'network',
    'create',
    '--internal',
    '--label',
    LABEL,
    'cl-net-used',
  );
  await docker(
    'network',
    'create',
    '--internal',
    '--label',
    LABEL,
    'cl-net-free',
  );
  const common = ['--label', LABEL, '--network', 'none'];
  await docker(
    'run',
    '-d',
    '--name',
    'cl-running',
    ...common,
    '-v',
    'cl-named-used:/n',
    '--mount',
    anonMount('/a'),
    'cl-img/running:1',
    'sleep',
    '100000',
  );
  await docker(
    'run',
    '--name',
    'cl-stopped',
    '--label',
    LABEL,
    '--network',
    'cl-net-used',
    '--mount',
    anonMount('/a'),
    'cl-img/used:1',
    'true',
  );
  await docker(
    'create',
    '--name',
    'cl-created',
    ...common,
    BASE_IMAGE,
    'sleep',
    '100000',
  );
}

const BEFORE = [
  'c:cl-created',
  'c:cl-running',
  'c:cl-stopped',
  'i:<dangling>',
  'i:cl-img/dangle:1',
  'i:cl-img/multi:1',
  'i:cl-img/multi:2',
  'i:cl-img/running:1',
  'i:cl-img/unused:1',
  'i:cl-img/used:1',
  'n:cl-net-free',
  'n:cl-net-used',
  'v:anon',
  'v:anon',
  'v:anon-free',
  'v:cl-named-free',
  'v:cl-named-used',
].sort();

function options(kinds: CleanupKind[], widen = false): PlanOptions {
  return {
    kinds: new Set(kinds),
    olderThan: null,
    label: LABEL,
    includeNamedVolumes: widen,
  };
}

/** `BEFORE` without one of each name in `gone`. */
function without(gone: string[]): string[] {
  const left = [...BEFORE];
  for (const name of gone) left.splice(left.indexOf(name), 1);

  return left;
}

const clean = () => cleanEngine(LABEL, 'cl-img');

describe('the cleanup planner on a real engine', () => {
  let service: DockerService;

  beforeEach(async () => {
    await clean();
    await seed();
    service = await connectedService();
    expect(await inventory()).toEqual(BEFORE);
  }, 180_000);

  afterAll(clean);

  const plan = async (opts: PlanOptions) =>
    buildPlan(await takeSnapshot(service), opts);

  it('removes stopped and created containers, keeps the running one and every volume', async () => {
    const items = await plan(options(['stopped-containers']));
    const result = await runCleanup(service, items);

    expect(result.lines.every((line) => line.isOk)).toBe(true);
    expect(await inventory()).toEqual(
      without(['c:cl-created', 'c:cl-stopped']),
    );
  });

  it('removes only the dangling image when asked for dangling images', async () => {
    await runCleanup(service, await plan(options(['dangling-images'])));

    expect(await inventory()).toEqual(without(['i:<dangling>']));
  });

  it('removes unused images, multi-tagged ones included, and keeps images containers use', async () => {
    const result = await runCleanup(
      service,
      await plan(options(['unused-images'])),
    );

    // The dangling image has no name: the plan shows it by its short ID.
    const shown = result.lines.map(
      (l) => `${l.item.name.replace(/^[0-9a-f]{12}$/, '<id>')} ${l.isOk}`,
    );
    expect(shown.sort()).toEqual([
      '<id> true',
      'cl-img/dangle:1 true',
      'cl-img/multi:1, cl-img/multi:2 true',
      'cl-img/unused:1 true',
    ]);
    expect(await inventory()).toEqual(
      without([
        'i:<dangling>',
        'i:cl-img/dangle:1',
        'i:cl-img/multi:1',
        'i:cl-img/multi:2',
        'i:cl-img/unused:1',
      ]),
    );
  });

  it('keeps a planned image that a container began to use, or that gained a tag, after the plan', async () => {
    const items = await plan(options(['unused-images']));
    await docker(
      'create',
      '--name',
      'cl-late-user',
      '--label',
      LABEL,
      '--network',
      'none',
      'cl-img/unused:1',
      'true',
    );
    await docker('tag', 'cl-img/multi:1', 'cl-img/multi:late');

    const result = await runCleanup(service, items);

    const failed = result.lines.filter((l) => !l.isOk);
    expect(failed.map((l) => l.item.name).sort()).toEqual([
      'cl-img/multi:1, cl-img/multi:2',
      'cl-img/unused:1',
    ]);
    expect(
      failed.find((l) => l.item.name.startsWith('cl-img/multi:1'))?.detail,
    ).toMatch(/tagged cl-img\/multi:late after the plan/);
    expect(await inventory()).toEqual(
      without(['i:<dangling>', 'i:cl-img/dangle:1'])
        .concat('c:cl-late-user', 'i:cl-img/multi:late')
        .sort(),
    );
  });

  it('removes only unused anonymous volumes unless widened to named ones', async () => {
    await runCleanup(service, await plan(options(['unused-volumes'])));
    expect(await inventory()).toEqual(without(['v:anon-free']));

    await runCleanup(service, await plan(options(['unused-volumes'], true)));
    expect(await inventory()).toEqual(
      without(['v:anon-free', 'v:cl-named-free']),
    );
  });

  it('removes unused user networks and never offers the built-in ones', async () => {
    const items = await plan({ ...options(['unused-networks']), label: null });
    const names = items.map((item) => item.name);
    expect(names).not.toEqual(expect.arrayContaining(['none']));
    expect(names).not.toContain('host');
    expect(names).toContain('cl-net-free');
    expect(names).not.toContain('cl-net-used');

    await runCleanup(service, await plan(options(['unused-networks'])));
    expect(await inventory()).toEqual(without(['n:cl-net-free']));
  });

  it('plans no build cache under a label filter, as cache records carry no labels', async () => {
    expect(await plan(options(['build-cache']))).toEqual([]);
  });

  it('takes a stopped container with the image, volume and network only it used', async () => {
    const all = options([
      'stopped-containers',
      'unused-images',
      'unused-volumes',
      'unused-networks',
    ]);
    const result = await runCleanup(service, await plan(all));

    expect(result.lines.filter((l) => !l.isOk)).toEqual([]);
    expect(await inventory()).toEqual([
      'c:cl-running',
      'i:cl-img/running:1',
      'v:anon',
      'v:cl-named-free',
      'v:cl-named-used',
    ]);
  });

  it('keeps what an unmarked container uses when the user unmarks that container', async () => {
    const items = await plan(
      options([
        'stopped-containers',
        'unused-images',
        'unused-volumes',
        'unused-networks',
      ]),
    );
    const stopped = items.find((item) => item.name === 'cl-stopped');
    const going = itemsToRemove(items, new Set([stopped?.key ?? '']));
    await runCleanup(service, going);

    expect(await inventory()).toEqual([
      'c:cl-running',
      'c:cl-stopped',
      'i:cl-img/running:1',
      'i:cl-img/used:1',
      'n:cl-net-used',
      'v:anon',
      'v:anon',
      'v:cl-named-free',
      'v:cl-named-used',
    ]);
  });

  it('leaves a container made after the plan, and reports a planned one started meanwhile', async () => {
    const items = await plan(options(['stopped-containers']));
    await docker(
      'create',
      '--name',
      'cl-late',
      '--label',
      LABEL,
      BASE_IMAGE,
      'true',
    );
    await docker('start', 'cl-created');

    const result = await runCleanup(service, items);

    const created = result.lines.find((l) => l.item.name === 'cl-created');
    expect(created?.isOk).toBe(false);
    expect(created?.detail).toMatch(/running/);
    expect(await inventory()).toEqual(
      without(['c:cl-stopped']).concat('c:cl-late').sort(),
    );
  });
});
