import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerError } from '../../src/docker/errors.js';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';

const LABEL = 'dockhand.test=storage';

const clean = () => cleanEngine(LABEL);

describe('volumes, networks and disk usage on a real engine', () => {
  let service: DockerService;

  beforeAll(async () => {
    await clean();
    service = await connectedService();
    await docker('volume', 'create', '--label', LABEL, 'st-data');
    await docker('network', 'create', '--internal', '--label', LABEL, 'st-net');
    await docker(
      'run',
      '--name',
      'st-writer',
      '--label',
      LABEL,
      '--network',
      'st-net',
      '-v',
      'st-data:/data',
      BASE_IMAGE,
      'sh',
      '-c',
      'head -c 300000 /dev/zero > /data/blob; head -c 200000 /dev/zero > /layer',
    );
  });

  afterAll(clean);

  it('lists a volume and the network, with the built-in networks marked', async () => {
    const volumes = await service.listVolumes();
    const networks = await service.listNetworks();

    expect(volumes.find((v) => v.name === 'st-data')).toMatchObject({
      driver: 'local',
      isAnonymous: false,
      labels: { 'dockhand.test': 'storage' },
    });
    expect(networks.find((n) => n.name === 'st-net')).toMatchObject({
      isBuiltIn: false,
      isInternal: true,
    });
    expect(networks.find((n) => n.name === 'none')?.isBuiltIn).toBe(true);
  });

  it('reports disk usage with volume sizes and container layer sizes', async () => {
    const usage = await service.diskUsage();

    const volume = usage.volumes.find((v) => v.name === 'st-data');
    const writer = usage.containers.find((c) => c.name === 'st-writer');
    expect(volume?.size).toBeGreaterThanOrEqual(300_000);
    expect(volume?.refCount).toBe(1);
    expect(writer?.sizeRw).toBeGreaterThanOrEqual(200_000);
    expect(writer?.volumes).toEqual(['st-data']);
    expect(writer?.networks).toEqual(['st-net']);
    expect(usage.images.some((i) => i.repoTags.includes(BASE_IMAGE))).toBe(
      true,
    );
  });

  it('reads container sizes on demand for the containers asked for', async () => {
    const id = await docker('ps', '-aq', '--filter', 'name=st-writer');

    const [sized] = await service.containerSizes([id]);

    expect(sized?.sizeRw).toBeGreaterThanOrEqual(200_000);
  });

  it('refuses to remove a volume or network in use, and removes them once free', async () => {
    await expect(service.removeVolume('st-data')).rejects.toMatchObject({
      kind: 'conflict',
    });
    await docker('rm', 'st-writer');
    const net = (await service.listNetworks()).find((n) => n.name === 'st-net');

    await service.removeVolume('st-data');
    await service.removeNetwork(net?.id ?? '');

    expect((await service.listVolumes()).map((v) => v.name)).not.toContain(
      'st-data',
    );
    expect((await service.listNetworks()).map((n) => n.name)).not.toContain(
      'st-net',
    );
  });

  it('refuses to remove a built-in network', async () => {
    const none = (await service.listNetworks()).find((n) => n.name === 'none');

    const failure = await service
      .removeNetwork(none?.id ?? '')
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(DockerError);
  });

  it('prunes no build cache for an ID the engine does not hold', async () => {
    const answer = await service.pruneBuildCache(['no-such-record']);

    expect(answer).toEqual({ deleted: [], spaceReclaimed: 0 });
  });
});
