import Docker from 'dockerode';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAddress, resolveTarget } from '../../src/docker/connection.js';
import { DockerError } from '../../src/docker/errors.js';
import { dockerConfigWith } from '../support/docker-config.js';

/** A docker config with two contexts, the first one current. */
function twoContexts() {
  return dockerConfigWith(
    {
      alpha: { host: 'unix:///run/alpha.sock' },
      beta: { host: 'tcp://10.0.0.7:2375' },
    },
    'alpha',
  );
}

function certDir(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-certs-'));
  for (const name of files) writeFileSync(join(dir, name), name);

  return dir;
}

/** No socket in these places: a machine's own Docker or Podman cannot change the answer. */
const nowhere = {
  dockerSocket: '/nonexistent/docker.sock',
  rootfulSocket: '/nonexistent/podman.sock',
  runtimeDir: undefined,
  isRoot: true,
};

const failure = (run: () => unknown): DockerError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DockerError) return error;
    throw error;
  }

  throw new Error('expected a DockerError');
};

describe('choosing the engine, in the docker CLI order', () => {
  it('takes --host before DOCKER_HOST, and DOCKER_HOST before the default socket', () => {
    const env = { DOCKER_CONFIG: twoContexts() };

    expect(
      resolveTarget('unix:///from/flag.sock', {
        ...env,
        DOCKER_HOST: 'unix:///from/env.sock',
      }),
    ).toMatchObject({
      source: 'flag',
      name: 'default',
      socketPath: '/from/flag.sock',
    });
    expect(
      resolveTarget({}, { ...env, DOCKER_HOST: 'unix:///from/env.sock' }),
    ).toMatchObject({ source: 'env', socketPath: '/from/env.sock' });
    expect(
      resolveTarget({}, { DOCKER_CONFIG: dockerConfigWith({}) }, nowhere),
    ).toMatchObject({
      source: 'default',
      name: 'default',
      socketPath: '/var/run/docker.sock',
    });
  });

  it('refuses --host and --context together', () => {
    const error = failure(() =>
      resolveTarget({ host: 'unix:///x.sock', context: 'alpha' }, {}),
    );

    expect(error.message).toMatch(/either --host or --context, not both/);
  });

  it('takes --context before DOCKER_HOST, DOCKER_CONTEXT and the current context', () => {
    const env = {
      DOCKER_CONFIG: twoContexts(),
      DOCKER_HOST: 'unix:///from/env.sock',
      DOCKER_CONTEXT: 'alpha',
    };

    expect(resolveTarget({ context: 'beta' }, env)).toMatchObject({
      source: 'context',
      name: 'beta',
      address: 'tcp://10.0.0.7:2375',
      options: { host: '10.0.0.7', port: '2375', protocol: 'http' },
    });
  });

  it('takes DOCKER_HOST before DOCKER_CONTEXT and the current context', () => {
    const env = {
      DOCKER_CONFIG: twoContexts(),
      DOCKER_HOST: 'unix:///from/env.sock',
      DOCKER_CONTEXT: 'beta',
    };

    expect(resolveTarget({}, env)).toMatchObject({
      source: 'env',
      name: 'default',
      socketPath: '/from/env.sock',
    });
  });

  it('takes DOCKER_CONTEXT before the current context of config.json', () => {
    const env = { DOCKER_CONFIG: twoContexts(), DOCKER_CONTEXT: 'beta' };

    expect(resolveTarget({}, env)).toMatchObject({
      source: 'context',
      name: 'beta',
    });
  });

  it('uses the current context of config.json when nothing else names one', () => {
    expect(resolveTarget({}, { DOCKER_CONFIG: twoContexts() })).toMatchObject({
      source: 'context',
      name: 'alpha',
      address: 'unix:///run/alpha.sock',
      socketPath: '/run/alpha.sock',
    });
  });

  it('reads the context named "default" as no context: DOCKER_HOST, else the socket', () => {
    const config = twoContexts();

    expect(
      resolveTarget({ context: 'default' }, { DOCKER_CONFIG: config }, nowhere),
    ).toMatchObject({ source: 'default', socketPath: '/var/run/docker.sock' });
    expect(
      resolveTarget(
        {},
        { DOCKER_CONFIG: dockerConfigWith({}, 'default'), DOCKER_CONTEXT: '' },
        nowhere,
      ),
    ).toMatchObject({ source: 'default', name: 'default' });
    expect(
      resolveTarget(
        { context: 'default' },
        { DOCKER_CONFIG: config, DOCKER_HOST: 'unix:///from/env.sock' },
      ),
    ).toMatchObject({ source: 'env', socketPath: '/from/env.sock' });
  });
});

describe('a context that cannot be used', () => {
  it('says which context, named where, does not exist', () => {
    const config = twoContexts();

    expect(
      failure(() =>
        resolveTarget({ context: 'nope' }, { DOCKER_CONFIG: config }),
      ).message,
    ).toMatch(/context named by --context: context "nope" does not exist/);
    expect(
      failure(() =>
        resolveTarget({}, { DOCKER_CONFIG: config, DOCKER_CONTEXT: 'nope' }),
      ).message,
    ).toMatch(/named by DOCKER_CONTEXT: context "nope"/);
    expect(
      failure(() =>
        resolveTarget({}, { DOCKER_CONFIG: dockerConfigWith({}, 'gone') }),
      ).message,
    ).toMatch(/named by currentContext in .*config\.json: context "gone"/);
  });

  it('says why its meta.json cannot be read', () => {
    const config = dockerConfigWith({ broken: { host: 'unix:///x.sock' } });
    const metaDir = join(config, 'contexts', 'meta');
    const [id] = readdirSync(metaDir);
    writeFileSync(join(metaDir, id ?? '', 'meta.json'), '{"Name": "broken",');

    const error = failure(() =>
      resolveTarget({ context: 'broken' }, { DOCKER_CONFIG: config }),
    );

    expect(error.message).toMatch(
      /--context: cannot read context .*meta\.json: it is not valid JSON/,
    );
  });

  it('says which context has an address dockhand cannot use, and why', () => {
    const config = dockerConfigWith({ odd: { host: 'npipe:////./pipe/x' } });

    expect(
      failure(() =>
        resolveTarget({ context: 'odd' }, { DOCKER_CONFIG: config }),
      ).message,
    ).toMatch(
      /context "odd" has a docker endpoint dockhand cannot use: .*unix, tcp or ssh/,
    );
  });

  it('says plainly when config.json itself is not JSON', () => {
    const config = dockerConfigWith({});
    writeFileSync(join(config, 'config.json'), '{ nope');

    expect(
      failure(() => resolveTarget({}, { DOCKER_CONFIG: config })).message,
    ).toMatch(
      /cannot read the docker config .*config\.json: it is not valid JSON/,
    );
  });
});

describe('TLS', () => {
  it('loads the TLS files from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    const dir = certDir(['ca.pem', 'cert.pem', 'key.pem']);

    const options = parseAddress('tcp://h', {
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: dir,
    });

    expect(options).toMatchObject({ port: '2376', protocol: 'https' });
    expect(String(options.ca)).toBe('ca.pem');
    expect(String(options.cert)).toBe('cert.pem');
    expect(options.agent).toBeUndefined();
  });

  it('looks for the TLS files in the docker config folder when DOCKER_CERT_PATH is unset', () => {
    const dir = certDir(['ca.pem']);

    const options = parseAddress('tcp://h:2376', {
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CONFIG: dir,
    });

    expect(String(options.ca)).toBe('ca.pem');
    expect(options.cert).toBeUndefined();
  });

  it('turns TLS on without the certificate check for DOCKER_TLS', () => {
    const options = parseAddress('tcp://h', {
      DOCKER_TLS: '1',
      DOCKER_CERT_PATH: certDir([]),
    });

    expect(options.protocol).toBe('https');
    expect(options.agent).toBeInstanceOf(Agent);
    expect(options.agent?.options.rejectUnauthorized).toBe(false);
  });

  it('says plainly when the CA file is missing', () => {
    const error = failure(() =>
      parseAddress('tcp://h', {
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: '/nonexistent/certs',
      }),
    );

    expect(error.message).toMatch(/DOCKER_CERT_PATH/);
  });

  it('goes to tcp://localhost:2376 when TLS is asked for and no host is named', () => {
    const target = resolveTarget(
      {},
      {
        DOCKER_CONFIG: dockerConfigWith({}),
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: certDir(['ca.pem']),
      },
    );

    expect(target.address).toBe('tcp://localhost:2376');
    expect(target.options).toMatchObject({ protocol: 'https', port: '2376' });
  });

  it('uses the TLS material stored with a context, and only that', () => {
    const config = dockerConfigWith({
      secure: {
        host: 'tcp://10.0.0.9:2376',
        tls: { ca: 'context-ca', cert: 'context-cert', key: 'context-key' },
      },
      loose: { host: 'tcp://10.0.0.9:2376', skipTlsVerify: true },
      plain: { host: 'tcp://10.0.0.9:2375' },
    });
    // The environment's TLS settings belong to the default context only.
    const env = {
      DOCKER_CONFIG: config,
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/nonexistent',
    };

    const secure = resolveTarget({ context: 'secure' }, env).options;
    const loose = resolveTarget({ context: 'loose' }, env).options;
    const plain = resolveTarget({ context: 'plain' }, env).options;

    expect(secure.protocol).toBe('https');
    expect(String(secure.ca)).toBe('context-ca');
    expect(String(secure.key)).toBe('context-key');
    expect(secure.agent).toBeUndefined();
    expect(loose.protocol).toBe('https');
    expect(loose.agent?.options.rejectUnauthorized).toBe(false);
    expect(plain.protocol).toBe('http');
  });
});

describe('addresses', () => {
  const saved = process.env.DOCKER_HOST;
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = saved;
  });

  it('reads tcp addresses with the default port, and a bare host:port as tcp', () => {
    expect(parseAddress('tcp://10.0.0.5', {})).toMatchObject({
      host: '10.0.0.5',
      port: '2375',
      protocol: 'http',
    });
    expect(parseAddress('10.0.0.5:4243', {})).toMatchObject({
      host: '10.0.0.5',
      port: '4243',
      protocol: 'http',
    });
  });

  it('reads ssh addresses with their user, or the user running dockhand', () => {
    expect(parseAddress('ssh://ann@build-box:2222', {})).toMatchObject({
      protocol: 'ssh',
      host: 'build-box',
      port: '2222',
      username: 'ann',
    });
    expect(parseAddress('ssh://build-box', { USER: 'bob' })).toMatchObject({
      port: '22',
      username: 'bob',
    });
  });

  it('offers ssh the agent and the default key, as the ssh client would', () => {
    const home = mkdtempSync(join(tmpdir(), 'dockhand-home-'));
    mkdirSync(join(home, '.ssh'));
    writeFileSync(join(home, '.ssh', 'id_ed25519'), 'the key');

    const options = parseAddress('ssh://ann@box', {
      HOME: home,
      SSH_AUTH_SOCK: '/run/agent.sock',
    });

    expect(options.sshOptions?.agent).toBe('/run/agent.sock');
    expect(String(options.sshOptions?.privateKey)).toBe('the key');
  });

  it('keeps a DOCKER_HOST in the environment from overriding the engine chosen', () => {
    // dockerode fills what its options leave out from DOCKER_HOST.
    process.env.DOCKER_HOST = 'tcp://10.9.9.9:2375';

    const docker = new Docker(parseAddress('unix:///chosen.sock', {}));
    const modem = docker.modem as unknown as {
      socketPath?: string;
      host?: string;
    };

    expect(modem.socketPath).toBe('/chosen.sock');
    expect(modem.host).toBeUndefined();
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
