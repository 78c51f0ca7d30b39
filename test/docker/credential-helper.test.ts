import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCredentialStore } from '../../src/docker/credentials.js';

/** A helper that keeps one secret in a file of `dir`, speaking the docker-credential protocol. */
function writeHelper(dir: string) {
  const helper = join(dir, 'docker-credential-dhtest');
  writeFileSync(
    helper,
    `#!/bin/sh\ncase "$1" in\n  store) cat > "${dir}/kept" ;;\n` +
      `  get) cat >/dev/null; [ -f "${dir}/kept" ] || { echo "credentials not found in native keychain"; exit 1; }; cat "${dir}/kept" ;;\n` +
      `  erase) cat >/dev/null; rm -f "${dir}/kept" ;;\nesac\n`,
  );
  chmodSync(helper, 0o755);
}

describe('a credential helper named in config.json', () => {
  it('receives the login instead of config.json, and answers later lookups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockhand-helper-'));
    writeHelper(dir);
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ credsStore: 'dhtest' }),
    );
    const store = createCredentialStore({
      DOCKER_CONFIG: dir,
      PATH: `${dir}:${process.env.PATH}`,
    });

    await store.store('127.0.0.1:5999', {
      username: 'ada',
      password: 's3cret',
    });
    const config = readFileSync(join(dir, 'config.json'), 'utf8');
    const found = await store.get('127.0.0.1:5999');
    await store.erase('127.0.0.1:5999');

    expect(config).not.toContain('s3cret');
    expect(JSON.parse(config).auths).toEqual({ '127.0.0.1:5999': {} });
    expect(found).toEqual({ username: 'ada', password: 's3cret' });
    expect(await store.get('127.0.0.1:5999')).toBeNull();
  });

  it('serves only the registry credHelpers names it for; others stay in auths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockhand-helper-'));
    writeHelper(dir);
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ credHelpers: { '127.0.0.1:6001': 'dhtest' } }),
    );
    const store = createCredentialStore({
      DOCKER_CONFIG: dir,
      PATH: `${dir}:${process.env.PATH}`,
    });

    await store.store('127.0.0.1:6001', {
      username: 'h',
      password: 'by-helper',
    });
    await store.store('127.0.0.1:6002', {
      username: 'a',
      password: 'in-auths',
    });
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));

    expect(readFileSync(join(dir, 'kept'), 'utf8')).toContain('by-helper');
    expect(config.auths['127.0.0.1:6001']).toEqual({});
    expect(config.auths['127.0.0.1:6002'].auth).toBe(
      Buffer.from('a:in-auths').toString('base64'),
    );
    expect(await store.get('127.0.0.1:6001')).toEqual({
      username: 'h',
      password: 'by-helper',
    });
  });
});
