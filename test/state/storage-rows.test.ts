import { describe, expect, it } from 'vitest';
import type { ContainerInfo } from '../../src/docker/types.js';
import { networkRows, volumeRows } from '../../src/state/storage-rows.js';

const container = (name: string, volumes: string[], networks: string[]) =>
  ({ id: name, name, volumes, networks }) as unknown as ContainerInfo;

const containers = [
  container('web', ['data'], ['front']),
  container('job', ['data', 'tmp'], []),
];

describe('volumeRows and networkRows', () => {
  it('name the containers that mount each volume, with sizes once computed', () => {
    const volume = (name: string) => ({
      name,
      driver: 'local',
      scope: 'local',
      created: 0,
      labels: {},
      isAnonymous: false,
      size: -1,
    });

    const rows = volumeRows(
      [volume('data'), volume('idle')],
      containers,
      new Map([['data', 42]]),
    );

    expect(rows.map((r) => [r.volume.name, r.users, r.size])).toEqual([
      ['data', ['web', 'job'], 42],
      ['idle', [], -1],
    ]);
  });

  it('name the containers attached to each network', () => {
    const network = (name: string) => ({
      id: name,
      name,
      driver: 'bridge',
      scope: 'local',
      created: 0,
      labels: {},
      isInternal: false,
      isBuiltIn: false,
    });

    const rows = networkRows([network('front'), network('back')], containers);

    expect(rows.map((r) => [r.network.name, r.attached])).toEqual([
      ['front', ['web']],
      ['back', []],
    ]);
  });
});
