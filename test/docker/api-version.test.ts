import { describe, expect, it } from 'vitest';
import {
  NEWEST_API,
  compareApi,
  negotiateApi,
} from '../../src/docker/api-version.js';

describe('API version negotiation', () => {
  it('compares versions by number, not as text', () => {
    expect(compareApi('1.9', '1.41')).toBeLessThan(0);
    expect(compareApi('1.41', '1.41')).toBe(0);
  });

  it('speaks an older engine newest version', () => {
    expect(negotiateApi('1.41')).toBe('1.41');
  });

  it('caps a newer engine at the newest version dockhand knows', () => {
    expect(negotiateApi('1.99')).toBe(NEWEST_API);
  });

  it('gives up on an engine older than dockhand understands', () => {
    expect(negotiateApi('1.12')).toBeNull();
  });
});
