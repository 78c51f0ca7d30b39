import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanEngine, docker, engineHost } from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const NAME = 'e2e-run-interactive';
const LABEL = 'dockhand.test=e2e-run';

describe('run from an image in a real terminal', () => {
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    await docker('rm', '-f', NAME, 'e2e-run-detached').catch(() => '');
  });

  afterEach(() => app?.kill());
  // The form's containers carry no label; the refused name's holder does.
  afterAll(async () => {
    await docker('rm', '-f', NAME, 'e2e-run-detached').catch(() => '');
    await cleanEngine(LABEL);
  });

  const openForm = async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('Containers');
    await app.keys('2');
    await app.waitFor('local/busybox');
    // Other test files leave newer images; the filter puts the base image under the cursor.
    await app.type('/local/busybox');
    await app.keys('Enter');
    await app.waitFor('filter: local/busybox');
    await app.keys('r');
    await app.waitFor('Run a container from local/busybox:latest');

    return app;
  };

  it('catches a bad field in the form before anything is created', async () => {
    const app = await openForm();

    await app.keys('Down', 'Down', 'Down');
    await app.waitFor('› ports');
    await app.type('80:99999');
    await app.waitFor('80:99999▏');
    await app.keys('Enter');

    await app.waitFor('"80:99999" is not [ip:][host-port:]container-port');
    await app.keys('Escape');
    await app.waitFor('b build');
  });

  it('runs interactively like docker run -it and comes back to dockhand', async () => {
    const app = await openForm();

    await app.type(NAME);
    await app.keys('Up'); // interactive, the last field
    await app.keys('Space');
    await app.keys('Up', 'Up'); // remove on exit
    await app.keys('Space');
    await app.waitFor('remove on exit  [x]');
    await app.keys('Enter');
    await app.waitFor('/ #');
    await app.type('echo "from-inside=$((5*5))"');
    await app.keys('Enter');
    await app.waitFor('from-inside=25');
    await app.type('exit 6');
    await app.keys('Enter');

    const screen = await app.waitFor(`${NAME} exited with code 6`);
    expect(screen).toContain('b build');
    // --rm: the engine removed it once it exited
    const left = await docker(
      'ps',
      '-a',
      '--filter',
      `name=^${NAME}$`,
      '--format',
      '{{.Names}}',
    );
    expect(left).toBe('');
  });

  it('runs a detached container and says so', async () => {
    const app = await openForm();

    await app.type('e2e-run-detached');
    await app.keys('Down');
    await app.type('sleep 1000');
    await app.keys('Enter');

    await app.waitFor('Started e2e-run-detached from local/busybox:latest');
    const status = await docker(
      'inspect',
      '-f',
      '{{.State.Status}} {{json .Config.Cmd}}',
      'e2e-run-detached',
    );
    expect(status).toBe('running ["sleep","1000"]');
  });

  it('shows the engine refusal in the form and keeps it open', async () => {
    await docker(
      'create',
      '--name',
      'e2e-run-taken',
      '--label',
      LABEL,
      'local/busybox:latest',
      'true',
    );
    const app = await openForm();

    await app.type('e2e-run-taken');
    await app.keys('Enter');

    const screen = await app.waitFor('The engine refused: Conflict.');
    expect(screen).toContain('Run a container from local/busybox:latest');
  });
});
