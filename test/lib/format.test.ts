import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatBytes,
  plural,
  shortId,
} from '../../src/lib/format.js';

describe('formatBytes', () => {
  it('reads like a disk size', () => {
    expect(formatBytes(1_900_000)).toBe('1.9 MB');
    expect(formatBytes(0)).toBe('0 B');
  });

  it('shows unknown sizes as a dash', () => {
    expect(formatBytes(-1)).toBe('-');
    expect(formatBytes(undefined)).toBe('-');
    expect(formatBytes(Number.NaN)).toBe('-');
  });
});

describe('formatAge', () => {
  const now = Date.UTC(2026, 0, 10);

  it('gives one compact unit', () => {
    expect(formatAge(now / 1000 - 45, now)).toBe('45s');
    expect(formatAge(now / 1000 - 3 * 3600, now)).toBe('3h');
    expect(formatAge(now / 1000 - 9 * 86400, now)).toBe('9d');
  });

  it('shows a zero or negative time as a dash, not as 56 years', () => {
    expect(formatAge(0, now)).toBe('-');
    expect(formatAge(-62135596800, now)).toBe('-');
  });
});

describe('shortId', () => {
  it('drops the sha256 prefix and keeps twelve characters', () => {
    expect(shortId('sha256:0123456789abcdef0123')).toBe('0123456789ab');
  });
});

describe('plural', () => {
  it('says one line in the singular and any other count in the plural', () => {
    expect(plural(1, 'line')).toBe('1 line');
    expect(plural(0, 'line')).toBe('0 lines');
    expect(plural(2, 'volume')).toBe('2 volumes');
  });
});
