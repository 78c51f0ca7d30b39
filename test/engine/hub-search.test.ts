import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCredentialStore } from '../../src/docker/credentials.js';
import { connectedService } from '../support/engine.js';
import { type FakeHub, startFakeHub } from '../support/hub-search.js';

const ENTRIES = [
  {
    name: 'library/shelf',
    description: 'official shelf',
    star_count: 42,
    is_official: true,
  },
  {
    name: 'ada/shelf-tools',
    description: 'tools\u001b[31m',
    star_count: 3,
    is_official: false,
  },
  {
    name: 'other/thing',
    description: 'unrelated',
    star_count: 1,
    is_official: false,
  },
];

describe('Docker Hub search through the real engine', () => {
  let hub: FakeHub;

  beforeAll(async () => {
    hub = await startFakeHub(ENTRIES);
  });

  afterAll(() => hub.stop());

  it('returns what the index answered, as view models, for the word searched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockhand-config-'));
    const service = await connectedService(
      createCredentialStore({ DOCKER_CONFIG: dir }),
    );

    const results = await service.searchHub(`${hub.address}/shelf`);

    expect(hub.queries).toContain('shelf');
    expect(hub.authorizations.at(-1)).toBeUndefined();
    expect(results).toEqual([
      {
        name: 'library/shelf',
        description: 'official shelf',
        stars: 42,
        isOfficial: true,
      },
      {
        name: 'ada/shelf-tools',
        description: 'tools\u001b[31m',
        stars: 3,
        isOfficial: false,
      },
    ]);
  });

  it('sends the credentials stored for the index the term names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockhand-config-'));
    const store = createCredentialStore({ DOCKER_CONFIG: dir });
    await store.store(hub.address, { username: 'ada', password: 'pw' });
    const service = await connectedService(store);

    await service.searchHub(`${hub.address}/other`);

    expect(hub.authorizations.at(-1)).toBe(
      `Basic ${Buffer.from('ada:pw').toString('base64')}`,
    );
  });
});
