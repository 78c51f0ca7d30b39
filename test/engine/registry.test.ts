import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialStore } from '../../src/docker/credentials.js';
import type { ProgressEvent } from '../../src/docker/progress.js';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';
import { type TestRegistry, startRegistry } from '../support/registry.js';

const LABEL = 'dockhand.test=registry';
const USER = { name: 'ada', password: 'correct horse' };

const noSignal = () => new AbortController().signal;

function tempConfig() {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-config-'));
  return { dir, store: createCredentialStore({ DOCKER_CONFIG: dir }) };
}

describe('an open registry on loopback', () => {
  let registry: TestRegistry;
  let service: DockerService;

  beforeAll(async () => {
    registry = await startRegistry();
    service = await connectedService(tempConfig().store);
  });

  afterAll(async () => {
    await cleanEngine(LABEL, `${registry.address}/reg-test`);
    await registry.stop();
  });

  it('tags, pushes with layer progress, lists catalog and tags, and pulls back', async () => {
    const ref = `${registry.address}/reg-test/box:v1`;
    await service.tagImage(BASE_IMAGE, ref);
    const pushed: ProgressEvent[] = [];

    await service.pushImage(ref, (e) => pushed.push(e), noSignal());
    await docker('rmi', ref);
    const found = await service.searchRegistry(registry.address, 'box');
    const tags = await service.listTags(registry.address, 'reg-test/box');
    const pulled: ProgressEvent[] = [];
    await service.pullImage(ref, (e) => pulled.push(e), noSignal());

    expect(pushed.some((e) => e.kind === 'layer' && e.total !== null)).toBe(
      true,
    );
    expect(found.map((r) => r.name)).toEqual([
      `${registry.address}/reg-test/box`,
    ]);
    expect(tags).toEqual(['v1']);
    expect(
      pulled.some(
        (e) => e.kind === 'line' && /Digest|up to date|Downloaded/.test(e.text),
      ),
    ).toBe(true);
    expect(await docker('image', 'inspect', '-f', '{{.Id}}', ref)).toMatch(
      /^sha256:/,
    );
  });

  it('refuses a reference the engine grammar rejects before calling the engine', async () => {
    await expect(
      service.tagImage(BASE_IMAGE, 'Upper/Case:tag'),
    ).rejects.toMatchObject({
      kind: 'bad-request',
      message: expect.stringContaining('must be lowercase'),
    });
  });

  it('fails a pull of a tag the registry does not have, with the engine message', async () => {
    await expect(
      service.pullImage(
        `${registry.address}/reg-test/none:nope`,
        () => undefined,
        noSignal(),
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/not found|unknown/i),
    });
  });
});

describe('a registry behind htpasswd basic auth', () => {
  let registry: TestRegistry;
  let service: DockerService;
  let config: ReturnType<typeof tempConfig>;

  beforeAll(async () => {
    registry = await startRegistry(USER);
    config = tempConfig();
    service = await connectedService(config.store);
  });

  afterAll(async () => {
    await cleanEngine(LABEL, `${registry.address}/reg-test`);
    await registry.stop();
  });

  it('refuses the catalog and a push until logged in', async () => {
    const ref = `${registry.address}/reg-test/locked:v1`;
    await service.tagImage(BASE_IMAGE, ref);

    await expect(
      service.searchRegistry(registry.address, ''),
    ).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    await expect(
      service.pushImage(ref, () => undefined, noSignal()),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/auth/i),
    });
  });

  it('rejects a wrong password and stores nothing', async () => {
    await expect(
      service.login({
        registry: registry.address,
        username: USER.name,
        password: 'wrong',
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/unauthorized|401/i),
    });
    expect(await config.store.get(registry.address)).toBeNull();
  });

  it('stores a right password as the docker CLI does, private, and uses it for push, pull and catalog', async () => {
    await service.login({
      registry: registry.address,
      username: USER.name,
      password: USER.password,
    });
    const ref = `${registry.address}/reg-test/locked:v1`;

    await service.pushImage(ref, () => undefined, noSignal());
    await docker('rmi', ref);
    await service.pullImage(ref, () => undefined, noSignal());
    const found = await service.searchRegistry(registry.address, 'locked');
    const file = join(config.dir, 'config.json');
    const saved = JSON.parse(readFileSync(file, 'utf8'));

    expect(found.map((r) => r.name)).toEqual([
      `${registry.address}/reg-test/locked`,
    ]);
    expect(saved.auths[registry.address].auth).toBe(
      Buffer.from(`${USER.name}:${USER.password}`).toString('base64'),
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await service.knownRegistries()).toEqual({
      config: [registry.address],
      settings: [],
      problem: null,
    });
  });

  it('logs out by removing the stored entry', async () => {
    await service.logout(registry.address);

    expect(await config.store.get(registry.address)).toBeNull();
    await expect(
      service.searchRegistry(registry.address, ''),
    ).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });
});
