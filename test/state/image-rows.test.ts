import { describe, expect, it } from 'vitest';
import type { ContainerInfo, ImageInfo } from '../../src/docker/types.js';
import { imageRows, splitReference } from '../../src/state/image-rows.js';

const image = (id: string, extra: Partial<ImageInfo> = {}): ImageInfo => ({
  id,
  repoTags: [],
  repoDigests: [],
  created: 1,
  size: 10,
  sharedSize: -1,
  labels: {},
  ...extra,
});

const usedBy = (imageId: string) => ({ imageId }) as ContainerInfo;

describe('splitReference', () => {
  it.each([
    ['busybox', ['busybox', '']],
    ['web:1.0', ['web', '1.0']],
    ['host:5000/team/app:1.2', ['host:5000/team/app', '1.2']],
    ['host:5000/team/app', ['host:5000/team/app', '']],
    ['app@sha256:abc', ['app', 'sha256:abc']],
  ])('splits %s', (reference, expected) => {
    expect(splitReference(reference)).toEqual(expected);
  });
});

describe('imageRows', () => {
  it('gives one row per tag, each counting the containers of its image', () => {
    const rows = imageRows(
      [
        image('sha256:a', {
          repoTags: ['web:1', 'web:latest', 'mirror/web:1'],
        }),
      ],
      [usedBy('sha256:a'), usedBy('sha256:a')],
    );

    expect(rows.map((r) => r.ref)).toEqual([
      'web:1',
      'web:latest',
      'mirror/web:1',
    ]);
    expect(rows.every((r) => r.containers === 2 && r.kind === 'tag')).toBe(
      true,
    );
  });

  it('shows an untagged image with a digest by its digest, and one without as dangling', () => {
    const rows = imageRows(
      [
        image('sha256:b', { repoDigests: ['app@sha256:0123456789abcdef99'] }),
        image('sha256:c'),
      ],
      [],
    );

    expect(rows[0]).toMatchObject({
      kind: 'digest',
      ref: 'app@sha256:0123456789abcdef99',
      tag: '@0123456789ab',
    });
    expect(rows[1]).toMatchObject({
      kind: 'dangling',
      ref: 'sha256:c',
      repository: '<none>',
    });
  });
});
