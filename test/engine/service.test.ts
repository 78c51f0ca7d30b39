import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import { createDockerService } from '../../src/docker/engine.js';
import type { DockerError } from '../../src/docker/errors.js';
import type { EngineEvent } from '../../src/docker/types.js';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
  runSleeper,
} from '../support/engine.js';

const LABEL = 'dockhand.test=service';

describe('the service module on a real engine', () => {
  let service: DockerService;

  beforeAll(async () => {
    await cleanEngine(LABEL, 'svc-test');
    service = await connectedService();
  });

  afterAll(() => cleanEngine(LABEL, 'svc-test'));

  it('negotiates the API version the engine speaks', async () => {
    const info = await service.connect();
    const engineApi = await docker(
      'version',
      '--format',
      '{{.Server.APIVersion}}',
    );

    expect(info.apiVersion).toBe(engineApi);
    expect(info.product).toBe('docker');
  });

  it('lists a created container with its name, state and compose project', async () => {
    const id = await docker(
      'create',
      '--name',
      'svc-test-listed',
      '--label',
      LABEL,
      '--label',
      'com.docker.compose.project=shop',
      BASE_IMAGE,
      'true',
    );

    const [listed] = await service.listContainers([id]);

    expect(listed).toMatchObject({
      id,
      name: 'svc-test-listed',
      state: 'created',
      project: 'shop',
      image: BASE_IMAGE,
    });
  });

  it('starts, pauses, unpauses, restarts and kills a container', async () => {
    const id = await docker(
      'create',
      '--name',
      'svc-test-life',
      '--stop-timeout',
      '1',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sleep',
      '100000',
    );
    const stateNow = async () => (await service.listContainers([id]))[0]?.state;
    const seen: string[] = [];

    await service.containerAction(id, 'start');
    seen.push(String(await stateNow()));
    await service.containerAction(id, 'pause');
    seen.push(String(await stateNow()));
    await service.containerAction(id, 'unpause');
    await service.containerAction(id, 'restart');
    seen.push(String(await stateNow()));
    await service.containerAction(id, 'kill');
    seen.push(String(await stateNow()));

    expect(seen).toEqual(['running', 'paused', 'running', 'exited']);
  });

  it('refuses to remove a running container without force, and removes it with force', async () => {
    const id = await runSleeper('svc-test-rm', LABEL);

    const refusal = await service
      .removeContainer(id, { force: false })
      .catch((error: DockerError) => error);
    await service.removeContainer(id, { force: true });

    expect(refusal).toMatchObject({ kind: 'conflict' });
    expect(await service.listContainers([id])).toEqual([]);
  });

  it('streams the engine events of a container until aborted', async () => {
    const events: EngineEvent[] = [];
    const stop = new AbortController();
    const streaming = service.streamEvents((e) => events.push(e), stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const id = await docker(
      'create',
      '--name',
      'svc-test-events',
      '--label',
      LABEL,
      BASE_IMAGE,
      'true',
    );
    await docker('rm', id);
    await expect
      .poll(() => events.map((e) => `${e.action} ${e.id}`))
      .toContain(`destroy ${id}`);
    stop.abort();

    await expect(streaming).resolves.toBeUndefined();
    expect(events.find((e) => e.id === id)).toMatchObject({
      scope: 'container',
      action: 'create',
    });
  });
});

describe('C22: an engine that cannot be reached', () => {
  const connectTo = (address: string) =>
    createDockerService(resolveTarget(address, {}))
      .connect()
      .catch((error: DockerError) => error);

  it('says unreachable for a missing socket, naming the cause', async () => {
    const error = await connectTo('unix:///nonexistent/docker.sock');

    expect(error).toMatchObject({ kind: 'unreachable' });
    expect((error as DockerError).message).toMatch(/ENOENT/);
  });

  it('says unreachable for a stale socket that nobody listens on, and for a regular file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockhand-c22-'));
    // A socket bound and never listened on, as a crashed engine leaves behind.
    await promisify(execFile)('python3', [
      '-c',
      'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])',
      join(dir, 'bound.sock'),
    ]);
    const file = join(dir, 'regular-file.sock');
    writeFileSync(file, '');

    const bound = await connectTo(`unix://${join(dir, 'bound.sock')}`);
    const regular = await connectTo(`unix://${file}`);

    expect(bound).toMatchObject({ kind: 'unreachable' });
    expect(regular).toMatchObject({ kind: 'unreachable' });
  });
});
