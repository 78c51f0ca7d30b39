import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import type { ContainerInfo } from '../../src/docker/types.js';
import { maskSecrets } from '../../src/state/mask-secrets.js';
import { StatsTab } from '../../src/ui/details/stats-tab.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';
import { waitForFrame } from '../support/frames.js';

const LABEL = 'dockhand.test=inspect-stats';

describe('inspect and stats on a real engine', () => {
  let service: DockerService;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    service = await connectedService();
  });

  afterAll(() => cleanEngine(LABEL));

  async function container(...args: string[]): Promise<ContainerInfo> {
    const id = await docker('run', '-d', '--label', LABEL, ...args);
    const [info] = await service.listContainers([id]);
    if (!info) throw new Error(`container ${id} not listed`);

    return info;
  }

  it('masks the values of secret-looking env variables in the inspect JSON', async () => {
    const { id } = await container(
      '-e',
      'DB_PASSWORD=hunter2',
      '-e',
      'GITHUB_TOKEN=ghp_x',
      '-e',
      'SSH_KEY=k1',
      '-e',
      'GREETING=hello',
      BASE_IMAGE,
      'sleep',
      '100000',
    );

    const info = await service.inspectContainer(id);

    const shown = JSON.stringify(maskSecrets(info), null, 2);
    expect(shown).not.toMatch(/hunter2|ghp_x|k1/);
    expect(shown).toContain('"GREETING=hello"');
    expect(shown).toContain('"DB_PASSWORD=••••••••"');
    expect(JSON.stringify(info)).toContain('DB_PASSWORD=hunter2');
  });

  it('shows live CPU, memory and PIDs of a running container', async () => {
    const running = await container(BASE_IMAGE, 'sleep', '100000');

    const view = render(
      <StatsTab service={service} container={running} width={100} />,
    );

    const frame = await waitForFrame(view, (f) => f.includes('PIDs'), 15_000);
    expect(frame).toMatch(/memory\s+[\d.]+ [kM]B \/ [\d.]+ [MGT]B/);
    expect(frame).toMatch(/PIDs\s+1\s/);
    view.unmount();
  });

  it('says a paused container is frozen and still reads its memory', async () => {
    const paused = await container(BASE_IMAGE, 'sleep', '100000');
    await docker('pause', paused.id);

    const view = render(
      <StatsTab
        service={service}
        container={{ ...paused, state: 'paused' }}
        width={100}
      />,
    );

    const frame = await waitForFrame(view, (f) => f.includes('PIDs'), 15_000);
    expect(frame).toContain('paused: its processes are frozen');
    expect(frame).toMatch(/CPU\s+0\.0 %/);
    view.unmount();
  });

  it('answers calmly for a stopped container, without opening a stream', async () => {
    const id = await docker(
      'create',
      '--label',
      LABEL,
      '--name',
      'stats-stopped',
      BASE_IMAGE,
      'true',
    );
    const [stopped] = await service.listContainers([id]);
    let opened = 0;
    const counting: DockerService = {
      ...service,
      streamStats: (...args) => {
        opened += 1;
        return service.streamStats(...args);
      },
    };

    const view = render(
      <StatsTab service={counting} container={stopped!} width={100} />,
    );

    expect(view.lastFrame()).toContain(
      'stats-stopped is created: it uses no CPU or memory now',
    );
    expect(opened).toBe(0);
    view.unmount();
  });

  it('lists the processes of a running container', async () => {
    const running = await container(BASE_IMAGE, 'sleep', '100000');
    // Right after start, ps may catch the process before its exec has set its command line,
    // and shows it as "[sleep]": read again until the exec is done.
    const commands = async () => {
      const top = await service.containerTop(running.id);
      const cmd = top.titles.indexOf('CMD');

      return { top, commands: top.processes.map((p) => p[cmd]) };
    };
    let read = await commands();
    for (let i = 0; i < 50 && read.commands[0] === '[sleep]'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      read = await commands();
    }

    expect(read.top.titles).toEqual(expect.arrayContaining(['PID', 'CMD']));
    expect(read.commands).toEqual(['sleep 100000']);
  });
});
