import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/ui/details/highlight.js';

describe('highlight', () => {
  it('marks matches across styled segments, ignoring case', () => {
    const parts = highlight(
      [
        { text: 'an Err', style: { color: 'red' } },
        { text: 'or here', style: {} },
      ],
      'error',
    );

    expect(parts).toEqual([
      { text: 'an ', style: { color: 'red' }, isMatch: false },
      { text: 'Err', style: { color: 'red' }, isMatch: true },
      { text: 'or', style: {}, isMatch: true },
      { text: ' here', style: {}, isMatch: false },
    ]);
  });
});
