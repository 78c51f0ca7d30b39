import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/docker/progress.js';
import type { DockerService } from '../../src/docker/service.js';
import { buildPlan } from '../../src/state/cleanup-plan.js';
import { runCleanup, takeSnapshot } from '../../src/state/cleanup-run.js';
import { BASE_IMAGE } from '../support/engine.js';
import { type FakeHub, startFakeHub } from '../support/hub-search.js';
import { type PrivatePodman, startPodman } from '../support/podman.js';
import { type TestRegistry, startRegistry } from '../support/registry.js';

const USER = { name: 'ada', password: 'correct horse' };
const noSignal = () => new AbortController().signal;

const contexts: string[] = [];

function contextWith(dockerfile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-podman-build-'));
  writeFileSync(join(dir, 'Dockerfile'), dockerfile);
  contexts.push(dir);

  return dir;
}

describe('disk usage, cleanup, build, search and registries on Podman', () => {
  let hub: FakeHub;
  let registry: TestRegistry;
  let local: string;
  let podman: PrivatePodman;
  let service: DockerService;

  beforeAll(async () => {
    hub = await startFakeHub([
      {
        name: 'library/shelf',
        description: 'a shelf',
        star_count: 7,
        is_official: true,
      },
    ]);
    registry = await startRegistry(USER);
    // Podman checks a login over HTTPS unless the registry is named localhost.
    local = registry.address.replace('127.0.0.1', 'localhost');
    // Docker trusts loopback registries over HTTP on its own; Podman only those it is told.
    podman = await startPodman([hub.address, local]);
    service = await podman.service();
  });

  afterAll(async () => {
    await podman?.stop();
    await registry?.stop();
    await hub?.stop();
    for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
  });

  it('reads disk usage with names, mounts and sizes, as on Docker', async () => {
    await podman.docker('volume', 'create', 'pm-used');
    await podman.docker(
      'run',
      '--name',
      'pm-user',
      '-v',
      'pm-used:/data',
      BASE_IMAGE,
      'sh',
      '-c',
      'head -c 50000 /dev/zero > /data/blob',
    );

    const usage = await service.diskUsage();

    expect(usage.layersSize).toBeGreaterThan(0);
    expect(usage.images).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: expect.stringMatching(/^sha256:/),
          repoTags: [BASE_IMAGE],
          containerCount: 1,
        }),
      ]),
    );
    expect(usage.containers.find((c) => c.name === 'pm-user')).toMatchObject({
      state: 'exited',
      exitCode: 0,
      volumes: ['pm-used'],
      networks: ['bridge'],
    });
    expect(usage.volumes.find((v) => v.name === 'pm-used')).toMatchObject({
      refCount: 1,
      size: 50_000,
    });
  });

  it('plans a cleanup that waits for the volume’s user, and carries it out', async () => {
    await podman.docker('volume', 'create', 'pm-free');
    await podman.docker('network', 'create', 'pm-idle');
    const plan = buildPlan(await takeSnapshot(service), {
      kinds: new Set([
        'stopped-containers',
        'unused-volumes',
        'unused-networks',
      ]),
      olderThan: null,
      label: null,
      includeNamedVolumes: true,
    });
    const user = plan.find((item) => item.name === 'pm-user');

    const result = await runCleanup(service, plan);

    expect(plan.find((item) => item.name === 'pm-used')?.needs).toEqual([
      user?.key,
    ]);
    expect(plan.map((item) => item.name)).toEqual(
      expect.arrayContaining(['pm-user', 'pm-used', 'pm-free', 'pm-idle']),
    );
    expect(result.lines.filter((line) => !line.isOk)).toEqual([]);
    expect(await podman.docker('volume', 'ls', '-q')).toBe('');
  });

  it('cleans up unused images tag by tag, and dangling ones', async () => {
    const build = (tag: string, text: string) =>
      service.buildImage(
        {
          context: contextWith(
            `FROM ${BASE_IMAGE}\nLABEL pm-clean=1\nRUN echo ${text} > /f\n`,
          ),
          dockerfile: 'Dockerfile',
          tag,
        },
        () => undefined,
        noSignal(),
      );
    await build('pm-clean/app:1', 'old');
    await build('pm-clean/app:1', 'new');
    await service.tagImage('pm-clean/app:1', 'pm-clean/app:2');
    const plan = buildPlan(await takeSnapshot(service), {
      kinds: new Set(['unused-images', 'dangling-images']),
      olderThan: null,
      label: 'pm-clean',
      includeNamedVolumes: false,
    });

    const result = await runCleanup(service, plan);

    expect(plan.map((item) => item.tags)).toEqual(
      expect.arrayContaining([[], ['pm-clean/app:1', 'pm-clean/app:2']]),
    );
    expect(result.lines.filter((line) => !line.isOk)).toEqual([]);
    expect(
      (await service.listImages()).filter((i) => 'pm-clean' in i.labels),
    ).toEqual([]);
  });

  it('says plainly that Podman cannot prune build cache', async () => {
    await expect(service.pruneBuildCache(['any'])).rejects.toMatchObject({
      kind: 'unsupported',
      message:
        'Podman does not offer build-cache pruning through its Docker API.',
    });
  });

  it('builds an image from a folder, and passes a failing step on in Podman’s words', async () => {
    const progress: ProgressEvent[] = [];

    await service.buildImage(
      {
        context: contextWith(`FROM ${BASE_IMAGE}\nRUN echo built > /b\n`),
        dockerfile: 'Dockerfile',
        tag: 'pm-test/built:1',
      },
      (event) => progress.push(event),
      noSignal(),
    );
    const failing = service.buildImage(
      {
        context: contextWith(`FROM ${BASE_IMAGE}\nRUN exit 7\n`),
        dockerfile: 'Dockerfile',
        tag: 'pm-test/broken:1',
      },
      () => undefined,
      noSignal(),
    );

    await expect(failing).rejects.toThrow(/exit status 7/);
    expect(progress.some((e) => e.kind === 'line' && /STEP/.test(e.text))).toBe(
      true,
    );
    expect((await service.listImages()).flatMap((i) => i.repoTags)).toContain(
      'pm-test/built:1',
    );
  });

  it('searches an index through Podman, read from Podman’s own result shape', async () => {
    const results = await service.searchHub(`${hub.address}/shelf`);

    expect(hub.queries).toContain('shelf');
    expect(results).toEqual([
      {
        name: 'library/shelf',
        description: 'a shelf',
        stars: 7,
        isOfficial: true,
      },
    ]);
  });

  it('logs in, pushes and pulls back through Podman', async () => {
    const ref = `${local}/pm-test/box:v1`;
    await service.login({
      registry: local,
      username: USER.name,
      password: USER.password,
    });
    await service.tagImage(BASE_IMAGE, ref);

    await service.pushImage(ref, () => undefined, noSignal());
    await service.removeImage(ref, { force: false });
    await service.pullImage(ref, () => undefined, noSignal());

    expect(await service.listTags(local, 'pm-test/box')).toEqual(['v1']);
    expect((await service.listImages()).flatMap((i) => i.repoTags)).toContain(
      ref,
    );
  });
});
