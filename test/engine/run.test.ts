import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import { emptyRunForm, toRunSpec } from '../../src/state/run-form.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';

const LABEL = 'dockhand.test=run';

describe('run from an image, on a real engine', () => {
  let service: DockerService;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    await docker('rm', '-f', 'run-test-payload', 'run-test-gpus').catch(
      () => '',
    );
    service = await connectedService();
  });

  afterAll(async () => {
    await docker('rm', '-f', 'run-test-payload', 'run-test-gpus').catch(
      () => '',
    );
    await cleanEngine(LABEL);
  });

  const spec = (form: Partial<typeof emptyRunForm>) => {
    const result = toRunSpec(BASE_IMAGE, { ...emptyRunForm, ...form });
    if ('errors' in result) throw new Error(JSON.stringify(result.errors));

    return result.spec;
  };

  it('creates a container whose recorded payload is what the form said', async () => {
    const id = await service.createContainer(
      spec({
        name: 'run-test-payload',
        command: 'sh -c "sleep 100"',
        env: `MODE=test 'GREETING=hello world'`,
        ports: '127.0.0.1:18080:80 9000/udp',
        volumes: 'run-test-data:/data /tmp:/host-tmp:ro',
        restart: 'on-failure:2',
        gpus: 'all',
        isInteractive: true,
      }),
    );

    const [info] = JSON.parse(await docker('inspect', id));
    expect(info.Name).toBe('/run-test-payload');
    expect(info.Config.Cmd).toEqual(['sh', '-c', 'sleep 100']);
    expect(info.Config.Env).toEqual(
      expect.arrayContaining(['MODE=test', 'GREETING=hello world']),
    );
    expect(info.Config).toMatchObject({
      Tty: true,
      OpenStdin: true,
      StdinOnce: true,
    });
    expect(info.HostConfig.PortBindings).toEqual({
      '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '18080' }],
      '9000/udp': [{ HostIp: '', HostPort: '' }],
    });
    expect(info.HostConfig.Binds).toEqual([
      'run-test-data:/data',
      '/tmp:/host-tmp:ro',
    ]);
    expect(info.HostConfig.RestartPolicy).toEqual({
      Name: 'on-failure',
      MaximumRetryCount: 2,
    });
    expect(info.HostConfig.AutoRemove).toBe(false);
    // the engine records a device request even without GPUs, as long as nothing starts it
    expect(info.HostConfig.DeviceRequests).toEqual([
      {
        Driver: '',
        Count: -1,
        DeviceIDs: [],
        Capabilities: [['gpu']],
        Options: {},
      },
    ]);
    await docker('rm', '-f', id);
    await docker('volume', 'rm', 'run-test-data');
  });

  it('records a GPU count and remove-on-exit', async () => {
    const id = await service.createContainer(
      spec({ name: 'run-test-gpus', gpus: '2', autoRemove: true }),
    );

    const [info] = JSON.parse(await docker('inspect', id));
    expect(info.HostConfig.AutoRemove).toBe(true);
    expect(info.HostConfig.DeviceRequests[0]).toMatchObject({
      Count: 2,
      Capabilities: [['gpu']],
    });
    await docker('rm', '-f', id);
  });

  it('passes the engine refusal on, in its own words', async () => {
    const id = await service.createContainer(
      spec({ name: 'run-test-payload' }),
    );

    await expect(
      service.createContainer(spec({ name: 'run-test-payload' })),
    ).rejects.toThrow(/already in use/);
    await docker('rm', '-f', id);
  });

  it('runs interactively with a terminal and gives the exit code', async () => {
    const id = await service.createContainer(
      spec({ isInteractive: true, autoRemove: true }),
    );
    const session = await service.startAttached(id, 'busybox');
    let output = '';
    session.stream.on('data', (data: Buffer) => (output += data.toString()));

    session.stream.write('echo "in=$((40+2))"; exit 3\n');

    expect(await session.exitCode()).toBe(3);
    expect(output).toContain('in=42');
  });

  it('gives no exit code when the user detaches with Ctrl-P Ctrl-Q and it runs on', async () => {
    const id = await service.createContainer(spec({ isInteractive: true }));
    const session = await service.startAttached(id, 'detachable');
    const ended = new Promise((resolve) => session.stream.once('end', resolve));
    session.stream.resume();

    session.stream.write('\u0010\u0011');
    await ended;

    expect(await session.exitCode()).toBeNull();
    expect(await docker('inspect', '-f', '{{.State.Running}}', id)).toBe(
      'true',
    );
    await docker('rm', '-f', id);
  });
});
