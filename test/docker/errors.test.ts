import { describe, expect, it } from 'vitest';
import { toDockerError } from '../../src/docker/errors.js';

describe('toDockerError', () => {
  it.each([
    [404, 'not-found'],
    [409, 'conflict'],
    [401, 'unauthorized'],
    [304, 'not-modified'],
    [500, 'engine'],
  ])('maps HTTP %i to %s with the engine own words', (statusCode, kind) => {
    const error = toDockerError({
      statusCode,
      json: { message: 'the engine says so' },
    });

    expect(error.kind).toBe(kind);
    expect(error.message).toBe('the engine says so');
  });

  it('tells an API version refusal from another bad request', () => {
    const tooOld = toDockerError({
      statusCode: 400,
      json: 'client version 1.11 is too old. Minimum supported API version is 1.12',
    });
    const bad = toDockerError({ statusCode: 400, json: { message: 'bad' } });

    expect(tooOld.kind).toBe('api-version');
    expect(bad.kind).toBe('bad-request');
  });

  it.each([
    ['ENOENT', 'unreachable'],
    ['ECONNREFUSED', 'unreachable'],
    ['EACCES', 'permission'],
  ])('maps the socket error %s to %s', (code, kind) => {
    expect(toDockerError({ code, message: `connect ${code}` }).kind).toBe(kind);
  });
});
