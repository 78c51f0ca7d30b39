import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IMAGE } from '../support/engine.js';
import { type PrivatePodman, startPodman } from '../support/podman.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

describe('dockhand on Podman, in a real terminal', () => {
  let podman: PrivatePodman;
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    podman = await startPodman();
    await podman.docker(
      'run',
      '-d',
      '--name',
      'pm-e2e-web',
      BASE_IMAGE,
      'sh',
      '-c',
      // Ends on SIGTERM within a second, so the stop needs no timeout.
      'trap "exit 0" TERM; while :; do sleep 1; done',
    );
    await podman.docker('create', '--name', 'pm-e2e-idle', BASE_IMAGE);
  });

  afterEach(() => app?.kill());
  afterAll(() => podman?.stop());

  it('lists Podman’s containers and images, says it is Podman, and stops a container', async () => {
    app = await startApp({ env: { DOCKER_HOST: podman.host } });

    const containers = await app.waitFor('pm-e2e-idle');
    await app.keys('2');
    const images = await app.waitFor('REPOSITORY');
    await app.keys('1');
    await app.type('/pm-e2e-web');
    await app.keys('Enter');
    await app.waitFor('filter: pm-e2e-web');
    await app.keys('s');
    const stopped = await app.waitFor((screen) =>
      /pm-e2e-web .*exited/.test(screen),
    );

    expect(containers).toMatch(/podman 4\.\d+\.\d+ \(API 1\.41\)/);
    expect(containers).toMatch(/pm-e2e-web .*running/);
    expect(containers).toMatch(/pm-e2e-idle .*created/);
    expect(images).toMatch(/local\/busybox +latest/);
    expect(stopped).toContain('Stopped pm-e2e-web');
    expect(
      await podman.docker('inspect', '-f', '{{.State.Status}}', 'pm-e2e-web'),
    ).toBe('exited');
  });
});
