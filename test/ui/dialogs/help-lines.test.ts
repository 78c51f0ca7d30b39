import { describe, expect, it } from 'vitest';
import { KEYMAP, keyLabel } from '../../../src/keys/keymap.js';
import { displayWidth } from '../../../src/lib/width.js';
import { helpLines } from '../../../src/ui/dialogs/help-lines.js';

/** The help's text with each wrapped description joined again. */
const joined = (width: number) =>
  helpLines(['containers', 'list', 'global', 'always'], width)
    .map((line) => line.text.trim())
    .join(' ')
    .replace(/\s+/g, ' ');

describe('the help lines', () => {
  it('hold every binding of the keymap, keys and description', () => {
    const text = joined(38);

    const missing = KEYMAP.filter(
      (b) =>
        !text.includes(`${b.keys.map(keyLabel).join(' ')} ${b.description}`),
    );

    expect(missing.map((b) => `${b.scope} ${b.action}`)).toEqual([]);
  });

  it('list the places open now first, innermost first, and say so', () => {
    const titles = helpLines(['logs', 'details', 'always'], 60)
      .filter((line) => line.isTitle)
      .map((line) => line.text);

    expect(titles.slice(0, 4)).toEqual([
      'Logs tab · here',
      'Details view · here',
      'Anywhere, even in prompts · here',
      'Everywhere',
    ]);
    expect(titles.filter((t) => t.endsWith(' · here'))).toHaveLength(3);
  });

  it('wrap long descriptions within the width instead of cutting them', () => {
    const lines = helpLines(['global'], 36);

    const widest = Math.max(...lines.map((l) => displayWidth(l.text)));
    const refresh = lines.findIndex((l) => l.text.includes('Ctrl-R'));
    const words = (index: number) =>
      lines[index]?.text.trim().replace(/\s+/g, ' ');

    expect(widest).toBeLessThanOrEqual(36);
    expect(words(refresh)).toBe('Ctrl-R reread lists, or');
    expect(words(refresh + 1)).toBe('reconnect now');
  });
});
