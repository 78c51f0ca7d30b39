import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE } from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '../../scripts/engine.sh');

/** A hung engine is found within 15 s of a ping; the slack is for a loaded machine. */
const HANG_FOUND_MS = 40_000;
/** Reconnect backoff reaches 10 s between tries. */
const BACK_MS = 40_000;

/**
 * These tests stop, restart and freeze an engine, so they start one of their own in a
 * temporary folder: the suite's shared engine serves every other test meanwhile.
 */
describe('an engine that goes away under a running dockhand', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-resilience-'));
  const host = `unix://${join(dir, 'docker.sock')}`;
  let app: TmuxApp | undefined;

  const engine = (command: 'start' | 'stop') =>
    run('bash', [SCRIPT, command, dir]);
  const cli = async (...args: string[]) =>
    (
      await run('docker', ['-H', host, ...args], {
        env: {
          ...process.env,
          DOCKER_CONTEXT: '',
          DOCKER_CONFIG: join(dir, 'cli'),
        },
      })
    ).stdout.trim();
  const signal = (name: 'SIGSTOP' | 'SIGCONT') =>
    process.kill(Number(readFileSync(join(dir, 'docker.pid'), 'utf8')), name);

  beforeAll(() => engine('start'));
  afterEach(() => app?.kill());
  afterAll(async () => {
    try {
      signal('SIGCONT');
    } catch {
      // The engine is already gone.
    }
    await engine('stop');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the lists on screen marked stale, refuses actions plainly, and follows events again once the engine is back', async () => {
    // A sleeping PID 1 ignores SIGTERM: a short stop timeout lets the engine stop quickly.
    await cli(
      'run',
      '-d',
      '--name',
      'res-web',
      '--stop-timeout',
      '1',
      BASE_IMAGE,
      'sleep',
      '100000',
    );
    app = await startApp({ env: { DOCKER_HOST: host } });
    await app.waitFor('res-web');

    await engine('stop');
    await app.waitFor(
      (s) => s.includes('stale, engine lost') && /retry [2-9] in \d+s/.test(s),
    );
    const stale = await app.screen();
    await app.keys('r');
    await app.waitFor(
      'Could not restart res-web: the engine cannot be reached',
    );

    await engine('start');
    await app.keys('C-r');
    await app.waitFor(
      (s) => s.includes('● live') && !s.includes('stale'),
      BACK_MS,
    );
    await cli('run', '-d', '--name', 'res-new', BASE_IMAGE, 'true');

    expect(stale).toContain('res-web');
    expect(stale).toMatch(/engine lost \d+s ago/);
    await app.waitFor('res-new');
  }, 90_000);

  it('finds a hung engine, and a followed log goes on after it resumes and after a restart, without repeating lines', async () => {
    // Numbers kept in the container's file system stay unique across its restarts.
    await cli(
      'run',
      '-d',
      '--name',
      'res-talker',
      '--restart',
      'always',
      '--stop-timeout',
      '1',
      BASE_IMAGE,
      'sh',
      '-c',
      'n=$(cat /n 2>/dev/null || echo 0); ' +
        'while true; do n=$((n+1)); echo $n > /n; echo "tick $n"; sleep 0.3; done',
    );
    const view = await startApp({ env: { DOCKER_HOST: host } });
    app = view;
    await view.waitFor('res-talker');
    await view.type('/res-talker');
    await view.keys('Enter', 'l');
    const ticks = (screen: string) =>
      [...screen.matchAll(/tick (\d+)/g)].map((m) => Number(m[1]));
    const newest = async () => Math.max(...ticks(await view.screen()));
    const goesOnAfter = (before: number) =>
      view.waitFor(
        (s) => s.includes('following ·') && Math.max(...ticks(s)) > before + 2,
        BACK_MS,
      );
    await view.waitFor('tick 3');

    signal('SIGSTOP');
    const frozen = await app.waitFor(
      'following resumes when it is back',
      HANG_FOUND_MS,
    );
    signal('SIGCONT');
    const resumed = await goesOnAfter(Math.max(...ticks(frozen)));
    const beforeRestart = await newest();
    await engine('stop');
    await view.waitFor('following resumes when it is back');
    await engine('start');
    const restarted = await goesOnAfter(beforeRestart);

    expect(frozen).toMatch(/engine lost \d+s ago/);
    for (const screen of [resumed, restarted]) {
      const shown = ticks(screen);
      const held = Number(/(\d+) lines? held/.exec(screen)?.[1]);
      // Strictly rising numbers, and no more lines held than numbers printed: no line twice.
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
      expect(new Set(shown).size).toBe(shown.length);
      expect(held).toBeLessThanOrEqual(Math.max(...shown));
    }
  }, 120_000);
});
