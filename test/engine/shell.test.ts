import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';

const LABEL = 'dockhand.test=shell';
const PREFIX = 'shell-test';

async function build(tag: string, dockerfile: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dockhand-shell-'));
  await writeFile(join(dir, 'Dockerfile'), dockerfile);
  try {
    await docker('build', '-q', '-t', tag, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function run(name: string, ...args: string[]): Promise<string> {
  return docker(
    'run',
    '-d',
    '--name',
    `${PREFIX}-${name}`,
    '--label',
    LABEL,
    ...args,
  );
}

// Case C27: no bash, a UID with no passwd entry, root's shell a missing /sbin/nologin, and
// an image with no shell at all.
describe('a shell in a container, on a real engine', () => {
  let service: DockerService;
  let uid1001: string;
  let nopasswd: string;
  let noshell: string;
  let withBash: string;
  let busyboxOnly: string;

  beforeAll(async () => {
    await cleanEngine(LABEL, PREFIX);
    service = await connectedService();
    await build(
      `${PREFIX}/uid1001:1`,
      `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN mkdir -p /etc /tmp && echo "root:x:0:0:root:/root:/sbin/nologin" > /etc/passwd && chmod 1777 /tmp\nUSER 1001\n`,
    );
    await build(
      `${PREFIX}/noshell:1`,
      `FROM ${BASE_IMAGE} AS src\nFROM scratch\nLABEL ${LABEL}\nCOPY --from=src /bin/busybox /opt/busybox\nENTRYPOINT ["/opt/busybox","sleep"]\nCMD ["100000"]\n`,
    );
    // a stand-in bash: the order of preference is what is tested
    await build(
      `${PREFIX}/bash:1`,
      `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN printf '#!/bin/sh\\nexec /bin/sh "$@"\\n' > /bin/bash && chmod +x /bin/bash\n`,
    );
    // busybox on the PATH but no sh beside it: the last of the three to try
    await build(
      `${PREFIX}/busybox-only:1`,
      `FROM ${BASE_IMAGE} AS src\nFROM scratch\nLABEL ${LABEL}\nCOPY --from=src /bin/busybox /bin/busybox\nENV PATH=/bin\nENTRYPOINT ["/bin/busybox","sleep"]\nCMD ["100000"]\n`,
    );
    withBash = await run('bash', `${PREFIX}/bash:1`, 'sleep', '100000');
    busyboxOnly = await run('busybox-only', `${PREFIX}/busybox-only:1`);
    uid1001 = await run('uid1001', `${PREFIX}/uid1001:1`, 'sleep', '100000');
    nopasswd = await run('nopasswd', BASE_IMAGE, 'sleep', '100000');
    noshell = await run('noshell', `${PREFIX}/noshell:1`);
  }, 120_000);

  afterAll(() => cleanEngine(LABEL, PREFIX));

  it('falls back to sh when there is no bash, whatever the user and passwd say', async () => {
    for (const id of [uid1001, nopasswd]) {
      const session = await service.openShell(id, 'c27');

      expect(session.label).toBe('sh in c27');
      session.stream.end('exit\n');
      await session.exitCode();
    }
  });

  it('prefers bash when the container has it', async () => {
    const session = await service.openShell(withBash, 'b');

    expect(session.label).toBe('bash in b');
    session.stream.end('exit\n');
    await session.exitCode();
  });

  it('falls back to busybox sh when neither bash nor sh is there', async () => {
    const session = await service.openShell(busyboxOnly, 'bb');

    expect(session.label).toBe('busybox sh in bb');
    session.stream.end('exit\n');
    await session.exitCode();
  });

  it('says plainly that a container without any shell has none', async () => {
    await expect(service.openShell(noshell, 'noshell')).rejects.toThrow(
      'This container has no shell: none of bash, sh or busybox sh runs in it.',
    );
  });

  it('runs what is typed in a terminal of the given size and reports the exit code', async () => {
    const session = await service.openShell(nopasswd, 'nopasswd');
    let output = '';
    session.stream.on('data', (data: Buffer) => (output += data.toString()));
    await session.resize(77, 22);

    session.stream.write('stty size; echo "sum=$((20+22))"; exit 7\n');
    await new Promise((resolve) => session.stream.once('end', resolve));

    expect(output).toContain('22 77');
    expect(output).toContain('sum=42');
    expect(await session.exitCode()).toBe(7);
  });

  it('refuses a shell in a stopped container with the engine’s reason', async () => {
    const id = await docker('create', '--label', LABEL, BASE_IMAGE, 'true');

    await expect(service.openShell(id, 'stopped')).rejects.toThrow(
      /is not running/,
    );
  });
});
