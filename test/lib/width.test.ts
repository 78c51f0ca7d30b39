import { describe, expect, it } from 'vitest';
import { displayWidth, fitCell } from '../../src/lib/width.js';

describe('fitCell', () => {
  it('cuts by display width with an ellipsis', () => {
    const cell = fitCell('日本語のコンテナ', 7);

    expect(displayWidth(cell)).toBe(7);
    expect(cell).toContain('…');
  });

  it('pads short text, on the left for right-aligned cells', () => {
    expect(fitCell('ab', 4)).toBe('ab  ');
    expect(fitCell('ab', 4, 'right')).toBe('  ab');
  });

  it('counts combining marks as no width', () => {
    expect(displayWidth('e\u0301')).toBe(1);
  });
});
