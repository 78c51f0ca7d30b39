import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCredentialStore, hostOf } from '../../src/docker/credentials.js';

function configDir(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-creds-'));
  if (config) writeFileSync(join(dir, 'config.json'), JSON.stringify(config));

  return dir;
}

const read = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));

describe('credentials kept the way the docker CLI keeps them', () => {
  it('names Docker Hub by its index URL and other registries by host', () => {
    expect(hostOf('https://index.docker.io/v1/')).toBe('docker.io');
    expect(hostOf('https://registry.example.com/v2/')).toBe(
      'registry.example.com',
    );
    expect(hostOf('127.0.0.1:5000')).toBe('127.0.0.1:5000');
  });

  it('stores Docker Hub under its index URL, keeping the rest of config.json, private', async () => {
    const dir = configDir({ proxies: { default: { httpProxy: 'x' } } });
    const store = createCredentialStore({ DOCKER_CONFIG: dir });

    await store.store('docker.io', {
      username: 'ada',
      password: 'pw:with:colons',
    });

    expect(read(dir)).toEqual({
      proxies: { default: { httpProxy: 'x' } },
      auths: {
        'https://index.docker.io/v1/': {
          auth: Buffer.from('ada:pw:with:colons').toString('base64'),
        },
      },
    });
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(await store.get('docker.io')).toEqual({
      username: 'ada',
      password: 'pw:with:colons',
    });
  });

  it('finds and replaces an entry the CLI wrote with a scheme, and lists it by host', async () => {
    const old = Buffer.from('old:old').toString('base64');
    const dir = configDir({
      auths: { 'https://reg.example:5000': { auth: old } },
    });
    const store = createCredentialStore({ DOCKER_CONFIG: dir });

    expect(await store.get('reg.example:5000')).toEqual({
      username: 'old',
      password: 'old',
    });
    await store.store('reg.example:5000', { username: 'new', password: 'new' });

    expect(Object.keys(read(dir).auths)).toEqual(['reg.example:5000']);
    expect(await store.registries()).toEqual(['reg.example:5000']);
  });

  it('reads HOME/.docker when DOCKER_CONFIG is not set', async () => {
    const home = configDir();
    const store = createCredentialStore({ HOME: home });

    await store.store('127.0.0.1:5001', { username: 'u', password: 'p' });

    expect(read(join(home, '.docker')).auths['127.0.0.1:5001']).toBeDefined();
  });
});
