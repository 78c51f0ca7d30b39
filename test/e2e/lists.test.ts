import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  buildImage,
  cleanEngine,
  docker,
  runSleeper,
  engineHost,
} from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const LABEL = 'dockhand.test=e2e-lists';
const run = promisify(execFile);

describe('the lists in a real terminal', () => {
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    await cleanEngine(LABEL, 'e2e-lists');
    await buildImage('e2e-lists/app:old', 'one', LABEL);
    await buildImage('e2e-lists/app:old', 'two', LABEL);
    await docker('tag', 'e2e-lists/app:old', 'e2e-lists/app:v2');
    await docker(
      'run',
      '-d',
      '--name',
      'e2e-lists-web',
      '--label',
      LABEL,
      '--label',
      'com.docker.compose.project=shop',
      BASE_IMAGE,
      'sleep',
      '100000',
    );
    await docker(
      'run',
      '--name',
      'e2e-lists-failed',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      'exit 3',
    ).catch(() => undefined);
    await runSleeper('e2e-lists-paused', LABEL);
    await docker('pause', 'e2e-lists-paused');
  });

  afterEach(() => app?.kill());
  afterAll(() => cleanEngine(LABEL, 'e2e-lists'));

  it('lists the containers with their states and the images by tag, dangling ones too', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });

    const containers = await app.waitFor('e2e-lists-failed');
    await app.keys('2');
    const images = await app.waitFor('REPOSITORY');

    expect(containers).toMatch(/e2e-lists-web .*running.*shop/);
    expect(containers).toMatch(/e2e-lists-paused .*paused/);
    expect(containers).toMatch(/e2e-lists-failed .*exited \(3\)/);
    expect(images).toMatch(/e2e-lists\/app +old/);
    expect(images).toMatch(/e2e-lists\/app +v2/);
    expect(images).toMatch(/<none> +<none>/);
  });

  it('unpauses a paused container with p, and the engine agrees', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-lists-paused');

    await app.type('/e2e-lists-paused');
    await app.keys('Enter');
    await app.waitFor('filter: e2e-lists-paused');
    await app.keys('p');
    await app.waitFor('Unpaused e2e-lists-paused');
    const state = await docker(
      'inspect',
      '-f',
      '{{.State.Status}}',
      'e2e-lists-paused',
    );
    await docker('pause', 'e2e-lists-paused');

    expect(state).toBe('running');
  });

  it('quits on q and gives the terminal back as it was', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-lists-web');
    const during = await app.format('#{alternate_on}');

    await app.keys('q');
    await expect.poll(() => app?.hasExited()).toBe(true);

    expect(during).toBe('1');
    expect(await app.format('#{alternate_on}')).toBe('0');
    await expect.poll(() => app?.exitStatus()).toBe(0);
  });

  it('restores the terminal on Ctrl-C and on SIGTERM too', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-lists-web');
    await app.keys('C-c');
    await expect.poll(() => app?.hasExited()).toBe(true);
    const afterCtrlC = await app.format('#{alternate_on}');
    await app.kill();

    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-lists-web');
    await run('kill', ['-TERM', await app.format('#{pane_pid}')]);
    await expect.poll(() => app?.hasExited()).toBe(true);

    expect(afterCtrlC).toBe('0');
    expect(await app.format('#{alternate_on}')).toBe('0');
  });

  it('answers --help and --version without a terminal or an engine', async () => {
    const bin = join(import.meta.dirname, '../../bin/dockhand.js');

    const help = await run('node', [bin, '--help']);
    const version = await run('node', [bin, '--version']);

    expect(help.stdout).toMatch(/--host <address>/);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
