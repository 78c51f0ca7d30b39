import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/lib/sparkline.js';

describe('sparkline', () => {
  it('scales the last values to the highest and keeps only the width', () => {
    expect(sparkline([100, 0, 50, 100], 3)).toBe('▁▅█');
  });

  it('scales to a given maximum, such as a memory limit', () => {
    expect(sparkline([50], 1, 100)).toBe('▅');
  });
});
