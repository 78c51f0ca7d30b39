import { execFile } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import { createDockerService } from '../../src/docker/engine.js';
import { createEngineDirectory } from '../../src/docker/engines.js';
import { dockerConfigWith } from '../support/docker-config.js';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../scripts/engine.sh');

/** A port nothing listens on now, on loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));

  return port;
}

/**
 * A CA, a server certificate for 127.0.0.1 and a client certificate, as `docker` expects
 * them in DOCKER_CERT_PATH: ca.pem, cert.pem, key.pem (plus the server's own pair).
 */
async function makeCertificates(dir: string): Promise<void> {
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  const subject = (cn: string) => ['-subj', `/CN=${cn}`];
  const sign = (csr: string, out: string, ext: string) =>
    openssl(
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-out',
      out,
      '-days',
      '2',
      '-extfile',
      ext,
    );

  await openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
    '-days',
    '2',
    ...subject('dockhand test CA'),
  );
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  );
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  await openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server-key.pem',
    '-out',
    'server.csr',
    ...subject('127.0.0.1'),
  );
  await sign('server.csr', 'server-cert.pem', 'server.ext');
  await openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'key.pem',
    '-out',
    'client.csr',
    ...subject('dockhand test client'),
  );
  await sign('client.csr', 'cert.pem', 'client.ext');
}

describe('an engine over tcp with TLS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-tls-engine-'));
  const certs = join(dir, 'certs');
  let address = '';

  beforeAll(async () => {
    mkdirSync(certs);
    await makeCertificates(certs);
    address = `tcp://127.0.0.1:${await freePort()}`;
    const listener = [
      `-H ${address} --tlsverify --tlscacert ${certs}/ca.pem`,
      `--tlscert ${certs}/server-cert.pem --tlskey ${certs}/server-key.pem`,
    ].join(' ');
    await run('bash', [script, 'start', dir], {
      env: { ...process.env, DOCKHAND_ENGINE_ARGS: listener },
    });
  });

  afterAll(async () => {
    await run('bash', [script, 'stop', dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string) => readFileSync(join(certs, name));

  it('answers through DOCKER_HOST with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', async () => {
    const target = resolveTarget(
      {},
      {
        DOCKER_HOST: address,
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: certs,
        DOCKER_CONFIG: dockerConfigWith({}),
      },
    );
    const service = createDockerService(target);

    const info = await service.connect();
    const containers = await service.listContainers();

    expect(target.options.protocol).toBe('https');
    expect(info.host).toBe(address);
    expect(Array.isArray(containers)).toBe(true);
  });

  it('answers through a context that stores the TLS material', async () => {
    const env = {
      DOCKER_CONFIG: dockerConfigWith(
        {
          secure: {
            host: address,
            tls: {
              ca: file('ca.pem'),
              cert: file('cert.pem'),
              key: file('key.pem'),
            },
          },
        },
        'secure',
      ),
    };
    const service = createDockerService(resolveTarget({}, env));

    expect((await service.connect()).apiVersion).toMatch(/^1\.\d+$/);
  });

  it('skips the check of the engine certificate only where the context says so', async () => {
    // The test CA is trusted nowhere: only SkipTLSVerify lets the client through.
    const client = { cert: file('cert.pem'), key: file('key.pem') };
    const env = {
      DOCKER_CONFIG: dockerConfigWith({
        loose: { host: address, skipTlsVerify: true, tls: client },
        strict: { host: address, tls: client },
        anonymous: { host: address, skipTlsVerify: true },
      }),
    };
    const directory = createEngineDirectory({
      settingsFile: join(dir, 'no-settings.json'),
      env,
    });
    const target = (name: string) => {
      const found = directory.list().choices.find((c) => c.name === name);
      if (!found?.target) throw new Error(`no target for ${name}`);
      return found.target;
    };

    // Both refusals are awaited together: one that came while the test still waited on
    // the other would be an unhandled rejection.
    const [loose, strict, anonymous] = await Promise.allSettled([
      directory.ping(target('loose'), 5000),
      directory.ping(target('strict'), 5000),
      // The engine verifies clients: without a client certificate it hangs up.
      directory.ping(target('anonymous'), 5000),
    ]);

    expect(loose).toMatchObject({ value: { product: 'docker' } });
    for (const refused of [strict, anonymous]) {
      expect(refused).toMatchObject({
        status: 'rejected',
        reason: { message: expect.stringMatching(/certificate/i) },
      });
    }
  });
});
