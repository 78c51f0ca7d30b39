import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  engineHost,
} from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const LABEL = 'dockhand.test=e2e-storage';

async function listed(kind: 'volume' | 'network'): Promise<string[]> {
  const out = await docker(
    kind,
    'ls',
    '--filter',
    `label=${LABEL}`,
    '--format',
    '{{.Name}}',
  );

  return out.split('\n').filter(Boolean).sort();
}

const clean = () => cleanEngine(LABEL);

describe('volumes, networks and disk usage in a real terminal', () => {
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    await clean();
    await docker('volume', 'create', '--label', LABEL, 'e2e-st-busy');
    await docker('volume', 'create', '--label', LABEL, 'e2e-st-free');
    await docker(
      'network',
      'create',
      '--internal',
      '--label',
      LABEL,
      'e2e-st-net',
    );
    await docker(
      'run',
      '-d',
      '--name',
      'e2e-st-user',
      '--label',
      LABEL,
      '--network',
      'none',
      '-v',
      'e2e-st-busy:/data',
      BASE_IMAGE,
      'sleep',
      '100000',
    );
  });

  afterEach(() => app?.kill());
  afterAll(clean);

  it('refuses a volume in use, naming its container, and removes a free one', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-st-user');

    await app.keys('4');
    await app.waitFor('e2e-st-free');
    await app.type('/e2e-st-busy');
    await app.keys('Enter');
    await app.waitFor('filter: e2e-st-busy');
    await app.keys('d');
    await app.waitFor('Cannot remove e2e-st-busy: it is used by e2e-st-user');
    await app.keys('Escape');
    await app.type('/e2e-st-free');
    await app.keys('Enter');
    await app.waitFor('filter: e2e-st-free');
    await app.keys('d');
    await app.waitFor('Remove 1 volume');
    await app.keys('y');
    await app.waitFor('Removed e2e-st-free');
    await app.waitFor('nothing matches the filter');

    expect(await listed('volume')).toEqual(['e2e-st-busy']);
  });

  it('shows volumes and networks made outside dockhand as the engine reports them', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-st-user');
    await app.keys('4');
    await app.waitFor('e2e-st-busy');

    await docker('volume', 'create', '--label', LABEL, 'e2e-st-late');
    await app.waitFor('e2e-st-late');
    await app.keys('5');
    await docker(
      'network',
      'create',
      '--internal',
      '--label',
      LABEL,
      'e2e-st-later',
    );

    await app.waitFor('e2e-st-later');
  });

  it('removes a user network and refuses the built-in ones', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-st-user');

    await app.keys('5');
    await app.type('/none');
    await app.keys('Enter');
    await app.waitFor('filter: none');
    await app.keys('d');
    await app.waitFor('engine’s own networks');
    await app.keys('Escape');
    await app.type('/e2e-st-net');
    await app.keys('Enter');
    await app.waitFor('filter: e2e-st-net');
    await app.keys('d');
    await app.waitFor('Remove 1 network');
    await app.keys('y');
    await app.waitFor('Removed e2e-st-net');
    await app.waitFor('nothing matches the filter');

    expect(await listed('network')).not.toContain('e2e-st-net');
  });

  it('shows disk usage with the volume in use counted', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-st-user');

    await app.keys('u');
    const screen = await app.waitFor('RECLAIMABLE');

    const volumes = screen
      .split('\n')
      .find((line) => line.startsWith('volumes'));
    const [, total, inUse] = volumes?.split(/\s+/) ?? [];
    const engineCount = (await docker('volume', 'ls', '-q')).split('\n').length;
    expect(Number(total)).toBe(engineCount);
    expect(Number(inUse)).toBeGreaterThanOrEqual(1);
  });
});
