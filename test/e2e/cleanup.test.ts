import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  engineHost,
} from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const LABEL = 'dockhand.test=e2e-cleanup';

async function names(...args: string[]): Promise<string[]> {
  const field = args[0] === 'ps' ? '{{.Names}}' : '{{.Name}}';
  const out = await docker(
    ...args,
    '--filter',
    `label=${LABEL}`,
    '--format',
    field,
  );

  return out.split('\n').filter(Boolean).sort();
}

const clean = () => cleanEngine(LABEL);

describe('a cleanup session by keyboard', () => {
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    await clean();
    const labelled = ['--label', LABEL, '--network', 'none'];
    await docker(
      'run',
      '-d',
      '--name',
      'e2e-cl-up',
      ...labelled,
      BASE_IMAGE,
      'sleep',
      '100000',
    );
    await docker(
      'run',
      '--name',
      'e2e-cl-old',
      ...labelled,
      '--mount',
      `type=volume,dst=/data,volume-label=${LABEL}`,
      BASE_IMAGE,
      'true',
    );
    await docker(
      'create',
      '--name',
      'e2e-cl-keep',
      ...labelled,
      BASE_IMAGE,
      'true',
    );
    await docker('volume', 'create', '--label', LABEL, 'e2e-cl-named');
    await docker(
      'network',
      'create',
      '--internal',
      '--label',
      LABEL,
      'e2e-cl-net',
    );
  });

  afterEach(() => app?.kill());
  afterAll(clean);

  it('plans by label, unmarks one container, confirms once and leaves exactly the rest', async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() }, rows: 40 });
    await app.waitFor('e2e-cl-up');

    await app.keys('c');
    await app.waitFor('Cleanup planner');
    // Rows: stopped containers, dangling images, unused images, anonymous volumes, named
    // volumes, networks, build cache, age, label.
    await app.keys(
      'j',
      'j',
      'j',
      'Space',
      'j',
      'j',
      'Space',
      'j',
      'j',
      'j',
      'Space',
    );
    await app.waitFor('only with label: ▏');
    await app.type(LABEL);
    await app.keys('Enter');
    await app.waitFor(`only with label: ${LABEL}`);
    await app.keys('Enter');
    const plan = await app.waitFor('Plan: remove 4 of 4');

    const rows = plan
      .split('\n')
      .filter((line) => /^[● ] (container|volume|network) /.test(line));
    const keep = rows.findIndex((line) => line.includes('e2e-cl-keep'));
    expect(rows.map((line) => line.split(/\s+/)[1]).sort()).toEqual([
      'container',
      'container',
      'network',
      'volume',
    ]);
    for (let step = 0; step < keep; step += 1) await app.keys('j');
    await app.keys('Space');
    await app.waitFor('Plan: remove 3 of 4');
    await app.keys('Enter');
    await app.waitFor('Remove 3 objects');
    await app.keys('y');
    await app.waitFor('Cleanup done: removed 3 of 3');

    expect(await names('ps', '-a')).toEqual(['e2e-cl-keep', 'e2e-cl-up']);
    expect(await names('volume', 'ls')).toEqual(['e2e-cl-named']);
    expect(await names('network', 'ls')).toEqual([]);
  });
});
