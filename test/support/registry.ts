import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free port on 127.0.0.1, chosen by the system (never a fixed one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestRegistry {
  /** host:port, as references and logins name it. */
  address: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's docker-registry (a real Registry v2) on a free loopback port, with
 * htpasswd basic auth when `user` is given.
 */
export async function startRegistry(user?: {
  name: string;
  password: string;
}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-registry-'));
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  let auth = '';
  if (user) {
    const line = execFileSync('htpasswd', ['-Bbn', user.name, user.password]);
    writeFileSync(join(dir, 'htpasswd'), line);
    auth = `auth:\n  htpasswd:\n    realm: dockhand-test\n    path: ${dir}/htpasswd\n`;
  }

  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\n` +
      `http:\n  addr: ${address}\n${auth}`,
  );
  const child: ChildProcess = spawn(
    'docker-registry',
    ['serve', join(dir, 'config.yml')],
    { stdio: 'ignore' },
  );

  await waitUntilAnswers(`http://${address}/v2/`, child);

  return {
    address,
    stop: async () => {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilAnswers(url: string, child: ChildProcess) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error('docker-registry exited');

    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;

    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(`docker-registry did not answer at ${url}`);
}
