import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAddress, resolveTarget } from '../../src/docker/connection.js';
import { DockerError } from '../../src/docker/errors.js';

describe('choosing the engine', () => {
  it('takes --host before DOCKER_HOST, and DOCKER_HOST before the default socket', () => {
    const env = { DOCKER_HOST: 'unix:///from/env.sock' };

    expect(resolveTarget('unix:///from/flag.sock', env)).toMatchObject({
      source: 'flag',
      socketPath: '/from/flag.sock',
    });
    expect(resolveTarget(undefined, env)).toMatchObject({
      source: 'env',
      socketPath: '/from/env.sock',
    });
    expect(resolveTarget(undefined, {})).toMatchObject({
      source: 'default',
      socketPath: '/var/run/docker.sock',
    });
  });

  it('reads tcp addresses with the default ports, plain and TLS', () => {
    expect(parseAddress('tcp://10.0.0.5', {})).toMatchObject({
      host: '10.0.0.5',
      port: '2375',
      protocol: 'http',
    });
  });

  it('loads the TLS files from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockhand-certs-'));
    for (const name of ['ca.pem', 'cert.pem', 'key.pem']) {
      writeFileSync(join(dir, name), name);
    }

    const options = parseAddress('tcp://h', {
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: dir,
    });

    expect(options).toMatchObject({ port: '2376', protocol: 'https' });
    expect(String(options.ca)).toBe('ca.pem');
  });

  it('says plainly when the TLS files are missing', () => {
    const parse = () =>
      parseAddress('tcp://h', {
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: '/nonexistent/certs',
      });

    expect(parse).toThrow(DockerError);
    expect(parse).toThrow(/DOCKER_CERT_PATH/);
  });

  it('reads ssh addresses with their user', () => {
    expect(parseAddress('ssh://ann@build-box:2222', {})).toMatchObject({
      protocol: 'ssh',
      host: 'build-box',
      port: '2222',
      username: 'ann',
    });
  });

  it('refuses an address it cannot use, saying which forms it takes', () => {
    expect(() => parseAddress('npipe:////./pipe/docker', {})).toThrow(
      /unix, tcp or ssh/,
    );
    expect(() => parseAddress('not an address', {})).toThrow(
      /is not an engine address/,
    );
  });

  it('refuses an address that names no socket or host, rather than a default engine', () => {
    for (const address of ['unix://', 'tcp://', 'ssh://']) {
      expect(() => parseAddress(address, {})).toThrow(/names no (socket|host)/);
    }
  });
});
