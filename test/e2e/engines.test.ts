import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  engineHost,
  runSleeper,
} from '../support/engine.js';
import { dockerConfigWith } from '../support/docker-config.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../scripts/engine.sh');
const BIN = join(import.meta.dirname, '../../bin/dockhand.js');
const LABEL = 'dockhand.test=e2e-engines';

/** Runs the built binary where it refuses to start: its exit code and what it said. */
async function startFailing(
  args: string[],
  dockerConfig: string,
): Promise<{ code: number; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DOCKER_CONFIG: dockerConfig,
  };
  delete env.DOCKER_HOST;
  delete env.DOCKER_CONTEXT;
  try {
    await run('node', [BIN, ...args], { env });
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }

  throw new Error(`dockhand ${args.join(' ')} started`);
}

describe('engines, contexts and switching between them', () => {
  // A second private engine beside the suite's: its own socket, data and exec roots.
  const second = mkdtempSync(join(tmpdir(), 'dockhand-second-engine-'));
  const secondHost = `unix://${join(second, 'docker.sock')}`;
  const deadHost = `unix://${join(second, 'nothing-listens.sock')}`;
  let dockerConfig = '';
  let settingsHome = '';
  let app: TmuxApp | undefined;

  const onSecond = (...args: string[]) =>
    run('docker', ['-H', secondHost, ...args], {
      env: {
        ...process.env,
        DOCKER_CONTEXT: '',
        DOCKER_CONFIG: join(second, 'cli'),
      },
    });

  beforeAll(async () => {
    await run('bash', [script, 'start', second]);
    await cleanEngine(LABEL);
    await runSleeper('e2e-engines-on-first', LABEL);
    await onSecond(
      'run',
      '-d',
      '--name',
      'e2e-engines-on-second',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sleep',
      '100000',
    );

    dockerConfig = dockerConfigWith(
      {
        'ctx-first': { host: engineHost() },
        'ctx-second': { host: secondHost },
        'ctx-dead': { host: deadHost },
      },
      'ctx-first',
    );
    // dockhand's own settings (XDG_CONFIG_HOME/dockhand/config.json) add one more engine.
    settingsHome = mkdtempSync(join(tmpdir(), 'dockhand-xdg-'));
    mkdirSync(join(settingsHome, 'dockhand'));
    writeFileSync(
      join(settingsHome, 'dockhand', 'config.json'),
      JSON.stringify({ engines: [{ name: 'spare', host: secondHost }] }),
    );
  });

  afterEach(() => app?.kill());

  afterAll(async () => {
    await cleanEngine(LABEL);
    await run('bash', [script, 'stop', second]);
    rmSync(second, { recursive: true, force: true });
  });

  it('reaches the current context of config.json when DOCKER_HOST is unset', async () => {
    app = await startApp({
      env: { DOCKER_CONFIG: dockerConfig, DOCKER_HOST: null },
    });

    const screen = await app.waitFor('e2e-engines-on-first');

    expect(screen).toContain('context ctx-first');
    expect(screen).not.toContain('e2e-engines-on-second');
  });

  it('lists the engines with whether they answer, and switches to another', async () => {
    // With --context, DOCKER_HOST only names the default context: here, a dead socket.
    app = await startApp({
      args: ['--context', 'ctx-first'],
      env: {
        DOCKER_CONFIG: dockerConfig,
        DOCKER_HOST: deadHost,
        XDG_CONFIG_HOME: settingsHome,
      },
      columns: 160,
    });
    await app.waitFor('e2e-engines-on-first');

    await app.keys('H');
    const hosts = await app.waitFor(
      (s) => !s.includes('checking…') && s.includes('spare'),
    );

    // A row: the name, then its endpoint (the header names the context too, without one).
    const row = (name: string) =>
      hosts
        .split('\n')
        .find((line) => new RegExp(`\\s${name}\\s+unix://`).test(line)) ?? '';
    expect(row('default')).toContain('refuses');
    expect(row('ctx-dead')).toContain('refuses');
    expect(row('ctx-first')).toMatch(/answers \(docker /);
    expect(row('ctx-second')).toMatch(/answers \(docker /);
    expect(row('spare')).toMatch(/answers \(docker /);

    await app.keys('Down', 'Enter');
    await app.waitFor('e2e-engines-on-second');
    const screen = await app.waitFor('context ctx-second');

    expect(screen).not.toContain('e2e-engines-on-first');
  });

  it('names the context and endpoint of an engine that does not answer', async () => {
    app = await startApp({
      args: ['--context', 'ctx-dead'],
      env: { DOCKER_CONFIG: dockerConfig, DOCKER_HOST: null },
    });

    const screen = await app.waitFor('Cannot reach the Docker engine');

    expect(screen).toContain('(context ctx-dead)');
    expect(screen).toContain('nothing-listens.sock');
  });

  it('refuses an unknown context, or --host with --context, in plain words', async () => {
    const unknown = await startFailing(['--context', 'nope'], dockerConfig);
    const both = await startFailing(
      ['--context', 'ctx-first', '--host', engineHost()],
      dockerConfig,
    );

    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^dockhand: cannot use the context named by --context: context "nope" does not exist \(no .*meta\.json\)/,
    );
    expect(unknown.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(both).toMatchObject({ code: 2 });
    expect(both.stderr).toMatch(/give either --host or --context, not both/);
  });
});
