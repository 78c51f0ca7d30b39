import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCOPE_SECTIONS, keyTableMarkdown } from '../../src/keys/key-table.js';
import { KEYMAP } from '../../src/keys/keymap.js';

const README = join(import.meta.dirname, '../../README.md');

/** A markdown table's cells, without the padding a formatter adds. */
function cells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

describe("the README's key table", () => {
  it('is the table the keymap draws', () => {
    const readme = readFileSync(README, 'utf8');
    const start = readme.indexOf('<!-- keys:start -->');
    const end = readme.indexOf('<!-- keys:end -->');

    const section = readme
      .slice(start + '<!-- keys:start -->'.length, end)
      .trim();

    expect(start).toBeGreaterThan(-1);
    expect(cells(section), 'run npx vite-node scripts/key-table.ts').toEqual(
      cells(keyTableMarkdown()),
    );
  });
});

describe('the sections of keys', () => {
  it('name every scope the keymap binds, once', () => {
    const named = SCOPE_SECTIONS.map((s) => s.scope);
    const bound = new Set(KEYMAP.map((b) => b.scope));

    expect(new Set(named).size).toBe(named.length);
    expect([...bound].filter((scope) => !named.includes(scope))).toEqual([]);
  });
});
