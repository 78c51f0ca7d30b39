import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';

const LABEL = 'dockhand.test=service';

describe('the service module on a real engine', () => {
  let service: DockerService;

  beforeAll(async () => {
    await cleanEngine(LABEL, 'svc-test');
    service = await connectedService();
  });

  afterAll(() => cleanEngine(LABEL, 'svc-test'));

  it('negotiates the API version the engine speaks', async () => {
    const info = await service.connect();
    const engineApi = await docker(
      'version',
      '--format',
      '{{.Server.APIVersion}}',
    );

    expect(info.apiVersion).toBe(engineApi);
    expect(info.product).toBe('docker');
  });

  it('lists a created container with its name, state and compose project', async () => {
    const id = await docker(
      'create',
      '--name',
      'svc-test-listed',
      '--label',
      LABEL,
      '--label',
      'com.docker.compose.project=shop',
      BASE_IMAGE,
      'true',
    );

    const [listed] = await service.listContainers([id]);

    expect(listed).toMatchObject({
      id,
      name: 'svc-test-listed',
      state: 'created',
      project: 'shop',
      image: BASE_IMAGE,
    });
  });
});
