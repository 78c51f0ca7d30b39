import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWEST_API } from '../../src/docker/api-version.js';
import { resolveTarget } from '../../src/docker/connection.js';
import { createDockerService } from '../../src/docker/engine.js';
import { emptyRunForm, toRunSpec } from '../../src/state/run-form.js';
import { type ApiProxy, startApiProxy } from '../support/api-proxy.js';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  engineHost,
} from '../support/engine.js';

// Case C19: the private engine (dockerd 20.10) speaks API 1.41 at most, older than
// dockhand's newest. A proxy in front of it records the paths dockhand sends and, to play
// an older engine still, makes it claim an older API.
const LABEL = 'dockhand.test=c19';

let dir: string;
const proxies: ApiProxy[] = [];

beforeAll(async () => {
  await cleanEngine(LABEL);
  dir = mkdtempSync(join(tmpdir(), 'dockhand-c19-'));
});

// The run form labels nothing: what it makes goes by these names.
const RUN_NAMES = ['c19-run-1.39', 'c19-run-1.40', 'c19-refused'];

afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  rmSync(dir, { recursive: true, force: true });
  await docker('rm', '-f', ...RUN_NAMES).catch(() => '');
  await cleanEngine(LABEL);
});

/** dockhand's service behind a proxy that may make the engine claim `claimApi`. */
async function behindProxy(claimApi?: string) {
  const socket = join(dir, `proxy-${proxies.length}.sock`);
  const proxy = await startApiProxy(engineHost(), socket, claimApi);
  proxies.push(proxy);

  return { proxy, service: createDockerService(resolveTarget(proxy.host, {})) };
}

const minor = (version: string) => Number(version.split('.')[1]);

const runSpec = (form: Partial<typeof emptyRunForm>) => {
  const result = toRunSpec(BASE_IMAGE, { ...emptyRunForm, ...form });
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));

  return result.spec;
};

describe('C19: an engine whose newest API is older than the client', () => {
  it("agrees on the lower of the engine's newest API and dockhand's, and sends every call at it", async () => {
    const engineApi = await docker(
      'version',
      '--format',
      '{{.Server.APIVersion}}',
    );
    const lower = minor(engineApi) < minor(NEWEST_API) ? engineApi : NEWEST_API;
    const { proxy, service } = await behindProxy();

    const info = await service.connect();
    await service.listContainers();
    await service.ping();

    expect(info.apiVersion).toBe(lower);
    // Only the first question goes unversioned: which version the engine speaks.
    expect(proxy.paths).toEqual([
      '/version',
      `/v${lower}/containers/json`,
      `/v${lower}/_ping`,
    ]);
  });

  it('speaks an older API when the engine claims no newer, and reads its answers', async () => {
    await docker(
      'create',
      '--name',
      'c19-listed',
      '--label',
      LABEL,
      BASE_IMAGE,
    );
    const { proxy, service } = await behindProxy('1.30');

    const info = await service.connect();
    const listed = await service.listContainers();

    expect(info.apiVersion).toBe('1.30');
    expect(proxy.paths.at(-1)).toBe('/v1.30/containers/json');
    expect(listed.map((c) => c.name)).toContain('c19-listed');
  });

  it("says plainly that an engine older than dockhand's oldest API is too old", async () => {
    const { proxy, service } = await behindProxy('1.24');

    const connecting = service.connect();

    await expect(connecting).rejects.toMatchObject({
      kind: 'api-version',
      message: expect.stringMatching(/speaks API 1\.24; dockhand needs 1\.25/),
    });
    expect(proxy.paths).toEqual(['/version']);
  });
});

describe('C19: features newer than the API the engine speaks', () => {
  it.each([
    ['1.39', { gpus: '1' }, 'GPUs need 1.40 or newer'],
    ['1.36', { ports: '9000/sctp' }, 'SCTP ports need 1.37 or newer'],
    ['1.29', { isInteractive: true }, 'an interactive run needs 1.30 or newer'],
  ])(
    'refuses a run on API %s in plain words before creating anything',
    async (api, form, needs) => {
      const { proxy, service } = await behindProxy(api);
      await service.connect();

      const creating = service.createContainer(
        runSpec({ ...form, name: 'c19-refused' }),
      );

      await expect(creating).rejects.toMatchObject({
        kind: 'api-version',
        message: `the engine speaks API ${api}; ${needs}`,
      });
      expect(proxy.paths.filter((p) => p.endsWith('/create'))).toEqual([]);
    },
  );

  it('runs without GPUs on API 1.39, and sends the GPU request from API 1.40', async () => {
    const old = await behindProxy('1.39');
    const newer = await behindProxy('1.40');
    await old.service.connect();
    await newer.service.connect();

    await old.service.createContainer(runSpec({ name: 'c19-run-1.39' }));
    const id = await newer.service.createContainer(
      runSpec({ name: 'c19-run-1.40', gpus: '1' }),
    );
    const [info] = JSON.parse(await docker('inspect', id));

    expect(old.proxy.paths.at(-1)).toBe('/v1.39/containers/create');
    expect(newer.proxy.paths.at(-1)).toBe('/v1.40/containers/create');
    expect(info.HostConfig.DeviceRequests).toMatchObject([{ Count: 1 }]);
  });

  it('refuses to remove build cache by ID on an engine that would ignore the filter', async () => {
    const { proxy, service } = await behindProxy('1.38');
    await service.connect();

    const pruning = service.pruneBuildCache(['c19-record']);

    await expect(pruning).rejects.toThrow(
      'the engine speaks API 1.38; removing build cache record by record needs 1.39 or newer',
    );
    expect(proxy.paths.filter((p) => p.includes('/build/prune'))).toEqual([]);
  });
});
