import { describe, expect, it } from 'vitest';
import { sinceAfter } from '../../src/docker/logs.js';

describe('sinceAfter', () => {
  it('asks for the lines one nanosecond after the engine time of the last line', () => {
    expect(sinceAfter('2026-12-04T07:05:11.950393027Z')).toBe(
      `${Date.UTC(2026, 11, 4, 7, 5, 11) / 1000}.950393028`,
    );
  });

  it('reads short fractions, offsets and a fraction that carries into the seconds', () => {
    const base = Date.UTC(2026, 11, 4, 7, 5, 11) / 1000;

    expect(sinceAfter('2026-12-04T07:05:11.5Z')).toBe(`${base}.500000001`);
    expect(sinceAfter('2026-12-04T09:05:11+02:00')).toBe(`${base}.000000001`);
    expect(sinceAfter('2026-12-04T07:05:11.999999999Z')).toBe(
      `${base + 1}.000000000`,
    );
  });

  it('gives nothing for text that is not a time', () => {
    expect(sinceAfter('line 4')).toBeNull();
  });
});
