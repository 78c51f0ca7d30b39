import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import { createDockerService } from '../../src/docker/engine.js';
import { createEngineDirectory } from '../../src/docker/engines.js';
import { dockerConfigWith } from '../support/docker-config.js';
import { cleanEngine, engineHost, runSleeper } from '../support/engine.js';

const run = promisify(execFile);
const LABEL = 'dockhand.test=engine-ssh';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));

  return port;
}

/** Resolves once something accepts connections on 127.0.0.1:port. */
async function listening(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(socket.destroy() && true));
      socket.once('error', () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

/**
 * An ssh engine as docker-modem reaches one: Debian's sshd on 127.0.0.1 only, with a key of
 * the test's own, running `docker system dial-stdio` for each connection against the
 * suite's private engine (named by SetEnv DOCKER_HOST).
 */
describe('an engine over ssh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-ssh-'));
  const home = join(dir, 'home');
  const user = userInfo().username;
  let port = 0;
  let sshd: ChildProcess | undefined;

  beforeAll(async () => {
    mkdirSync(join(home, '.ssh'), { recursive: true });
    const keygen = (file: string) =>
      run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file]);
    await keygen(join(dir, 'host_key'));
    await keygen(join(home, '.ssh', 'id_ed25519'));
    writeFileSync(
      join(dir, 'authorized_keys'),
      readFileSync(join(home, '.ssh', 'id_ed25519.pub')),
    );
    port = await freePort();
    writeFileSync(
      join(dir, 'sshd_config'),
      [
        'ListenAddress 127.0.0.1',
        `Port ${port}`,
        `HostKey ${join(dir, 'host_key')}`,
        `PidFile ${join(dir, 'sshd.pid')}`,
        `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
        'StrictModes no',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'PermitRootLogin prohibit-password',
        `AllowUsers ${user}`,
        `SetEnv DOCKER_HOST=${engineHost()}`,
      ].join('\n'),
    );
    // sshd refuses to start without its privilege separation folder.
    mkdirSync('/run/sshd', { recursive: true });
    sshd = spawn(
      '/usr/sbin/sshd',
      ['-D', '-e', '-f', join(dir, 'sshd_config')],
      {
        stdio: 'ignore',
      },
    );
    await listening(port);

    await cleanEngine(LABEL);
    await runSleeper('engine-ssh-sleeper', LABEL);
  });

  afterAll(async () => {
    sshd?.kill();
    await cleanEngine(LABEL);
    rmSync(dir, { recursive: true, force: true });
  });

  const env = () => ({
    HOME: home,
    USER: user,
    DOCKER_CONFIG: dockerConfigWith({}),
  });

  it('lists the engine containers through DOCKER_HOST=ssh://', async () => {
    const target = resolveTarget(
      {},
      { ...env(), DOCKER_HOST: `ssh://${user}@127.0.0.1:${port}` },
    );
    const service = createDockerService(target);

    const info = await service.connect();
    const names = (await service.listContainers()).map((c) => c.name);

    expect(target.options.protocol).toBe('ssh');
    expect(info.host).toBe(`ssh://${user}@127.0.0.1:${port}`);
    expect(names).toContain('engine-ssh-sleeper');
  });

  it('answers the hosts view through an ssh context, with the default user', async () => {
    const contexts = dockerConfigWith({
      remote: { host: `ssh://127.0.0.1:${port}` },
    });
    const directory = createEngineDirectory({
      settingsFile: join(dir, 'no-settings.json'),
      env: { ...env(), DOCKER_CONFIG: contexts },
    });
    const remote = directory.list().choices.find((c) => c.name === 'remote');

    const answer = remote?.target
      ? await directory.ping(remote.target, 10_000)
      : null;

    expect(answer?.product).toBe('docker');
  });
});
