import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  runSleeper,
  engineHost,
} from '../support/engine.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type TmuxApp, TMUX_SOCKET, startApp } from '../support/tmux.js';

const LABEL = 'dockhand.test=e2e-smoke';

describe('dockhand in a real terminal', () => {
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    await runSleeper('e2e-smoke-web', LABEL);
    await docker(
      'create',
      '--name',
      'e2e-smoke-stopped',
      '--label',
      LABEL,
      BASE_IMAGE,
      'true',
    );
  });

  afterEach(() => app?.kill());
  afterAll(() => cleanEngine(LABEL));

  it('removes a stopped container found with the filter, and the engine agrees', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-smoke-web');

    await app.type('/');
    await app.type('e2e-smoke-stopped');
    await app.keys('Enter');
    await app.waitFor('filter: e2e-smoke-stopped');
    await app.keys('d');
    await app.waitFor('Remove 1 container');
    await app.keys('y');
    await app.waitFor('Removed e2e-smoke-stopped');

    const names = await docker(
      'ps',
      '-a',
      '--filter',
      `label=${LABEL}`,
      '--format',
      '{{.Names}}',
    );
    expect(names.split('\n')).toEqual(['e2e-smoke-web']);
  });

  it('runs in a tmux server of its own, apart from the default one others share', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-smoke-web');
    const list = (...args: string[]) =>
      promisify(execFile)('tmux', [...args, 'list-sessions', '-F', '#{pid}'])
        .then((out) => out.stdout)
        .catch(() => '');

    const own = await list('-L', TMUX_SOCKET);
    const shared = await list();

    expect(own).not.toBe('');
    expect(shared).not.toContain(own.trim());
  });
});
