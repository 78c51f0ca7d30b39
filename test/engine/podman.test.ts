import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerError } from '../../src/docker/errors.js';
import type { DockerService } from '../../src/docker/service.js';
import type { LogChunk } from '../../src/docker/details-types.js';
import type { EngineEvent } from '../../src/docker/types.js';
import { emptyRunForm, toRunSpec } from '../../src/state/run-form.js';
import { BASE_IMAGE } from '../support/engine.js';
import { type PrivatePodman, startPodman } from '../support/podman.js';

const collect = (into: LogChunk[]) => (chunk: LogChunk) => into.push(chunk);

describe('the service module on Podman’s Docker-compatible API', () => {
  let podman: PrivatePodman;
  let service: DockerService;
  let sleeper: string;
  const contexts: string[] = [];

  beforeAll(async () => {
    podman = await startPodman();
    service = await podman.service();
    sleeper = await podman.docker(
      'run',
      '-d',
      '--name',
      'pm-sleeper',
      '--label',
      'shop=1',
      BASE_IMAGE,
      'sh',
      '-c',
      'echo ready; echo oops >&2; exec sleep 100000',
    );
  });

  afterAll(async () => {
    await podman?.stop();
    for (const dir of contexts) rmSync(dir, { recursive: true, force: true });
  });

  /** Builds an image of its own (a label makes it differ) and returns its ID. */
  async function build(tag: string): Promise<string> {
    const context = mkdtempSync(join(tmpdir(), 'dockhand-podman-build-'));
    contexts.push(context);
    writeFileSync(
      join(context, 'Dockerfile'),
      `FROM ${BASE_IMAGE}\nLABEL tag=${tag}\n`,
    );
    await service.buildImage(
      { context, dockerfile: 'Dockerfile', tag },
      () => undefined,
      new AbortController().signal,
    );

    return podman.docker('image', 'inspect', '-f', '{{.Id}}', tag);
  }

  it('connects and knows the engine is Podman', async () => {
    const info = await service.connect();

    expect(info).toMatchObject({ product: 'podman', apiVersion: '1.41' });
  });

  it('lists every container and one by ID, named and imaged as Docker would show them', async () => {
    const created = await podman.docker(
      'create',
      '--name',
      'pm-new',
      BASE_IMAGE,
    );

    const all = await service.listContainers();
    const [one] = await service.listContainers([created]);

    expect(all.map((c) => c.name)).toEqual(
      expect.arrayContaining(['pm-sleeper', 'pm-new']),
    );
    expect(all.find((c) => c.id === sleeper)).toMatchObject({
      image: BASE_IMAGE,
      state: 'running',
      labels: { shop: '1' },
      networks: ['bridge'],
    });
    expect(one).toMatchObject({ id: created, state: 'created' });
  });

  it('lists images, volumes and networks', async () => {
    await podman.docker('volume', 'create', 'pm-vol');
    await podman.docker('network', 'create', 'pm-net');

    const images = await service.listImages();
    const volumes = await service.listVolumes();
    const networks = await service.listNetworks();

    expect(images.flatMap((i) => i.repoTags)).toContain(BASE_IMAGE);
    expect(images[0]?.id).toMatch(/^sha256:/);
    expect(volumes.map((v) => v.name)).toContain('pm-vol');
    expect(networks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'bridge', isBuiltIn: true }),
        expect.objectContaining({ name: 'pm-net', isBuiltIn: false }),
      ]),
    );
  });

  it('pauses, unpauses, restarts, stops, starts and kills a container', async () => {
    const id = await podman.docker('create', BASE_IMAGE, 'sleep', '100000');
    const stateNow = async () => (await service.listContainers([id]))[0]?.state;
    const seen: string[] = [];

    for (const action of [
      'start',
      'pause',
      'unpause',
      'restart',
      'stop',
      'start',
      'kill',
    ] as const) {
      await service.containerAction(id, action);
      seen.push(`${action}:${await stateNow()}`);
    }

    expect(seen).toEqual([
      'start:running',
      'pause:paused',
      'unpause:running',
      'restart:running',
      'stop:exited',
      'start:running',
      'kill:exited',
    ]);
  });

  it('refuses to remove a running container as a conflict, and removes it with force', async () => {
    const id = await podman.docker('run', '-d', BASE_IMAGE, 'sleep', '100000');

    const refusal = await service
      .removeContainer(id, { force: false })
      .catch((error: DockerError) => error);
    await service.removeContainer(id, { force: true });

    expect(refusal).toMatchObject({ kind: 'conflict' });
    expect(await service.listContainers([id])).toEqual([]);
  });

  it('streams container events, and says when dockhand removed a network (Podman sends none)', async () => {
    const events: EngineEvent[] = [];
    const stop = new AbortController();
    const streaming = service.streamEvents((e) => events.push(e), stop.signal);
    const id = await podman.docker('create', BASE_IMAGE);
    const network = await podman.docker('network', 'create', 'pm-gone');

    await podman.docker('rm', id);
    await service.removeNetwork(network);
    await expect
      .poll(() => events.map((e) => `${e.scope} ${e.action} ${e.id}`))
      .toEqual(
        expect.arrayContaining([
          `container create ${id}`,
          `network destroy ${network}`,
        ]),
      );
    stop.abort();

    await expect(streaming).resolves.toBeUndefined();
  });

  it('follows logs with stdout and stderr apart, and closes a silent container’s quietly', async () => {
    const chunks: LogChunk[] = [];
    const reading = new AbortController();
    const silent = await podman.docker(
      'run',
      '-d',
      BASE_IMAGE,
      'sleep',
      '1000',
    );
    const closing = new AbortController();

    const following = service.followLogs(
      sleeper,
      { tail: 'all', timestamps: false },
      collect(chunks),
      reading.signal,
    );
    const waiting = service.followLogs(
      silent,
      { tail: 'all', timestamps: false },
      () => undefined,
      closing.signal,
    );
    await expect.poll(() => chunks.length).toBeGreaterThanOrEqual(2);
    reading.abort();
    closing.abort();

    await expect(following).resolves.toBeUndefined();
    await expect(waiting).resolves.toBeUndefined();
    expect(chunks).toEqual(
      expect.arrayContaining([
        { stream: 'stdout', text: 'ready\n' },
        { stream: 'stderr', text: 'oops\n' },
      ]),
    );
  });

  it('inspects, lists processes in columns, and streams stats', async () => {
    const samples: number[] = [];
    const stop = new AbortController();

    const info = await service.inspectContainer(sleeper);
    const top = await service.containerTop(sleeper);
    await service.streamStats(
      sleeper,
      (sample) => {
        samples.push(sample.memoryUsage);
        stop.abort();
      },
      stop.signal,
    );

    expect(info).toMatchObject({ Id: sleeper, Name: '/pm-sleeper' });
    expect(top.titles.length).toBeGreaterThan(1);
    expect(top.processes.flat().join(' ')).toContain('sleep 100000');
    expect(top.processes.every((row) => row.length === top.titles.length)).toBe(
      true,
    );
    expect(samples[0]).toBeGreaterThan(0);
  });

  it('opens a shell that resizes and gives its exit code', async () => {
    const session = await service.openShell(sleeper, 'pm-sleeper');
    let output = '';
    session.stream.on('data', (data: Buffer) => (output += data.toString()));

    await session.resize(100, 30);
    session.stream.write('echo "in=$((40+2))"; exit 3\n');

    expect(await session.exitCode()).toBe(3);
    expect(output).toContain('in=42');
  });

  it('runs from an image with a terminal, its first input the user’s own', async () => {
    const form = { ...emptyRunForm, isInteractive: true, autoRemove: true };
    const result = toRunSpec(BASE_IMAGE, form);
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));
    const id = await service.createContainer(result.spec);
    const session = await service.startAttached(id, 'busybox');
    let output = '';
    session.stream.on('data', (data: Buffer) => (output += data.toString()));

    await session.resize(90, 20);
    session.stream.write('echo "in=$((40+2))"; exit 4\n');

    expect(await session.exitCode()).toBe(4);
    expect(output).toContain('in=42');
    expect(output).not.toContain('hijack');
  });

  it('refuses to force-remove an image a container uses, which Podman would remove too', async () => {
    const image = await build('pm-test/used:1');
    const user = await podman.docker('create', '--name', 'pm-user', image);

    const refusal = service.removeImage(image, { force: true });

    await expect(refusal).rejects.toMatchObject({
      kind: 'unsupported',
      message:
        'Podman does not offer removing an image that containers use while ' +
        'keeping them through its Docker API: its forced removal would remove ' +
        'pm-user too; remove them first.',
    });
    expect(await service.listContainers([user])).toHaveLength(1);
  });

  it('force-removes an image no container uses, with every tag', async () => {
    const image = await build('pm-test/lone:1');
    await podman.docker('tag', image, 'pm-test/lone:2');

    const removal = await service.removeImage(image, { force: true });

    expect(removal.untagged.sort()).toEqual([
      'pm-test/lone:1',
      'pm-test/lone:2',
    ]);
    expect(removal.deleted).toEqual([image.replace(/^sha256:/, '')]);
  });

  it('tags an image and removes the tag', async () => {
    await service.tagImage(BASE_IMAGE, 'pm-test/tagged:v1');
    const tagged = await service.listImages();

    const removal = await service.removeImage('pm-test/tagged:v1', {
      force: false,
    });

    expect(tagged.flatMap((i) => i.repoTags)).toContain('pm-test/tagged:v1');
    expect(removal.untagged).toEqual(['pm-test/tagged:v1']);
    expect(removal.deleted).toEqual([]);
  });
});
