import { existsSync, mkdtempSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  runSleeper,
  engineHost,
} from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

// The situations of shared/cases met on a real screen: the built binary in tmux.
const LABEL = 'dockhand.test=e2e-cases';
const BIN = join(import.meta.dirname, '../../bin/dockhand.js');
const ESC = '\u001b';
const BEL = '\u0007';

let app: TmuxApp | undefined;
const work = mkdtempSync(join(tmpdir(), 'dockhand-e2e-cases-'));

beforeAll(() => cleanEngine(LABEL));
afterEach(() => app?.kill());
afterAll(() => cleanEngine(LABEL));

const onEngine = (options: Parameters<typeof startApp>[0] = {}) =>
  startApp({ ...options, env: { DOCKER_HOST: engineHost(), ...options.env } });

describe('C06: escape sequences in what the engine sends', () => {
  it('shows them inert: the title, the screen and the shell stay untouched', async () => {
    const pwned = join(work, 'PWNED');
    const project = `demo${ESC}]0;PWNED-TITLE${BEL}${ESC}[2J${ESC}[H --project-directory /tmp $(touch ${pwned})`;
    await docker(
      'run',
      '-d',
      '--name',
      'e2e-cases-c06',
      '--label',
      LABEL,
      '--label',
      `com.docker.compose.project=${project}`,
      '--label',
      `case.title=${ESC}]0;PWNED-TITLE${BEL}`,
      BASE_IMAGE,
      'sh',
      '-c',
      `sleep 100000 # ${ESC}[2J`,
    );
    app = await onEngine({ columns: 200 });

    const screen = await app.waitFor('e2e-cases-c06');

    expect(await app.format('#{pane_title}')).not.toContain('PWNED');
    expect(screen).toContain('dockhand');
    expect(screen).toMatch(/e2e-cases-c06 .*demo/);
    expect(existsSync(pwned)).toBe(false);
  });
});

describe('C12: containers that never really run', () => {
  it('shows a failed start and an OOM kill for what they are as they happen, with the reason in the details', async () => {
    app = await onEngine({ columns: 140 });
    await app.waitFor('NAME');

    // Created and shown first, so that the start fails on a container already listed. On
    // a network, as most containers are: its connect and disconnect are the only events a
    // failed start raises.
    await docker(
      'create',
      '--name',
      'e2e-cases-c12-failed',
      '--network',
      'none',
      '--label',
      LABEL,
      BASE_IMAGE,
      '/no/such/binary',
    );
    await app.waitFor((s) => /e2e-cases-c12-failed .*created +Created/.test(s));
    await docker('start', 'e2e-cases-c12-failed').catch(() => undefined);
    await docker(
      'run',
      '--name',
      'e2e-cases-c12-oom',
      '--label',
      LABEL,
      '--memory',
      '8m',
      '--memory-swap',
      '8m',
      BASE_IMAGE,
      'sh',
      '-c',
      'x=$(head -c 64000000 /dev/zero | tr "\\0" a)',
    ).catch(() => undefined);
    const failed = /e2e-cases-c12-failed .*failed \(12[78]\) +Failed to start/;
    const oom = /e2e-cases-c12-oom .*OOM-killed \(137\)/;
    const list = await app.waitFor((s) => failed.test(s) && oom.test(s));
    await app.type('/c12-failed');
    await app.keys('Enter');
    await app.waitFor('filter: c12-failed');
    await app.keys('Enter');
    const details = await app.waitFor('Failed to start (exit');

    expect(list).toMatch(failed);
    expect(list).toMatch(oom);
    expect(details).toMatch(/Failed to start \(exit 12[78]\): /);
    // The engine's own reason, wrapped over the lines the view gives it.
    expect(details).toContain('stat /no/such/binary: no such file');
  });
});

describe('C22: an engine that cannot be reached', () => {
  let server: Server | undefined;

  afterEach(() => server?.close());

  it('says the socket is missing, names the address, and keeps retrying until q', async () => {
    const missing = join(work, 'missing.sock');
    app = await startApp({ env: { DOCKER_HOST: `unix://${missing}` } });

    const screen = await app.waitFor('Cannot reach the Docker engine');
    await app.waitFor('attempt 2');
    await app.keys('q');

    expect(screen).toContain(missing);
    expect(screen).toContain('start the engine');
    expect(screen).not.toMatch(/at .*\.js:\d+/);
    await expect.poll(() => app?.hasExited()).toBe(true);
  });

  it('says permission is denied, with the docker group as the way out', async () => {
    const socket = join(work, 'root-only.sock');
    server = createServer((connection) => connection.end());
    await new Promise<void>((resolve) => server?.listen(socket, resolve));
    await chmod(socket, 0o600);
    await chmod(work, 0o755);
    const command = `setpriv --reuid=65534 --regid=65534 --clear-groups -- env HOME=/tmp DOCKER_HOST=unix://${socket} node ${BIN}`;
    app = await startApp({ command });

    const screen = await app.waitFor('Permission denied on the Docker socket');

    expect(screen).toContain(socket);
    expect(screen).toContain('docker group');
  });
});

describe('C26: tiny, unknown and resizing terminals', () => {
  beforeAll(async () => {
    await docker(
      'create',
      '--name',
      'e2e-cases-c26',
      '--label',
      LABEL,
      BASE_IMAGE,
      'true',
    );
  });

  it.each([
    [20, 5],
    [10, 3],
  ])('says the terminal is too small at %ix%i', async (columns, rows) => {
    app = await onEngine({ columns, rows });

    const screen = await app.waitFor('small');

    expect(screen.replace(/\s+/g, ' ')).toMatch(/Terminal too small/);
    expect(await app.hasExited()).toBe(false);
  });

  it('lays out again after a storm of resizes, never throwing', async () => {
    app = await onEngine({ columns: 120, rows: 30 });
    await app.waitFor('e2e-cases-c26');

    for (let i = 0; i < 30; i++)
      await app.resize(40 + ((i * 17) % 120), 8 + ((i * 7) % 40));
    await app.resize(90, 25);
    const screen = await app.waitFor(
      (s) => s.includes('e2e-cases-c26') && s.includes('NAME'),
    );

    expect(await app.hasExited()).toBe(false);
    expect(
      Math.max(...screen.split('\n').map((line) => line.length)),
    ).toBeLessThanOrEqual(90);
  });

  it('takes a terminal that reports 0x0 for 80x24', async () => {
    app = await startApp({
      command: `stty cols 0 rows 0; DOCKER_HOST=${engineHost()} node ${BIN}`,
      columns: 120,
      rows: 30,
    });

    const screen = await app.waitFor('e2e-cases-c26');
    const widest = Math.max(
      ...screen.split('\n').map((line) => line.trimEnd().length),
    );

    expect(widest).toBeLessThanOrEqual(80);
    expect(widest).toBeGreaterThan(60);
  });
});

describe('C15: containers that vanish or take long to stop', () => {
  it('stays responsive during a 30-second stop and shows it on the row', async () => {
    await docker(
      'run',
      '-d',
      '--name',
      'e2e-cases-slow-stop',
      '--label',
      LABEL,
      '--stop-timeout',
      '30',
      BASE_IMAGE,
      'sh',
      '-c',
      'trap "" TERM; while :; do sleep 1; done',
    );
    await runSleeper('e2e-cases-other', LABEL);
    app = await onEngine();
    await app.waitFor('e2e-cases-slow-stop');

    await app.type('/slow-stop');
    await app.keys('Enter');
    await app.waitFor('filter: slow-stop');
    await app.keys('s');
    const stopping = await app.waitFor('stopping…');
    // Well inside the 30 s the stop takes: the rest of the UI answers meanwhile.
    await app.keys('Escape');
    await app.keys('2');
    const images = await app.waitFor('REPOSITORY', 5000);
    await app.keys('1');
    const back = await app.waitFor('e2e-cases-other', 5000);

    expect(stopping).toMatch(/e2e-cases-slow-stop .*stopping…/);
    expect(images).toContain('local/busybox');
    expect(back).toMatch(/e2e-cases-slow-stop .*stopping…/);
    await docker('rm', '-f', 'e2e-cases-slow-stop');
  });

  it('shows a name re-created with a new ID once, dropping the removed ones', async () => {
    app = await onEngine();
    await app.waitFor('NAME');

    for (let i = 0; i < 3; i++) {
      await docker('rm', '-f', 'e2e-cases-same').catch(() => undefined);
      await runSleeper('e2e-cases-same', LABEL);
    }
    const settled = await app.waitFor(
      (s) => s.match(/e2e-cases-same/g)?.length === 1,
    );
    const all = await docker('ps', '-aq');

    expect(settled).toContain(`Containers ${all.split('\n').length}`);
  });
});
