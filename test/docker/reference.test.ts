import { describe, expect, it } from 'vitest';
import { formatReference, parseReference } from '../../src/docker/reference.js';

describe('image references', () => {
  it('reads Docker Hub names as a person writes them', () => {
    expect(parseReference('busybox')).toEqual({
      domain: 'docker.io',
      repository: 'busybox',
      tag: null,
    });
    expect(formatReference(parseReference('ada/tool:1.2'))).toBe(
      'ada/tool:1.2',
    );
  });

  it('keeps a registry host with a port apart from the tag', () => {
    expect(parseReference('127.0.0.1:5000/team/app:v1')).toEqual({
      domain: '127.0.0.1:5000',
      repository: 'team/app',
      tag: 'v1',
    });
  });

  it.each(['Upper/case', 'a:b:c', 'x@sha256:abc', '', 'name:'])(
    'refuses %j',
    (text) => {
      expect(() => parseReference(text)).toThrow(
        /not a valid image reference|digest/,
      );
    },
  );
});
