import { describe, expect, it } from 'vitest';
import { KEYMAP, actionFor } from '../../src/keys/keymap.js';
import { allPaths } from '../support/scope-paths.js';

describe('the keymap', () => {
  it('binds no key twice within one scope', () => {
    const seen = new Set<string>();
    const clashes: string[] = [];

    for (const binding of KEYMAP) {
      for (const key of binding.keys) {
        const id = `${binding.scope} ${key}`;
        if (seen.has(id)) clashes.push(id);
        seen.add(id);
      }
    }

    expect(clashes).toEqual([]);
  });

  it.each(allPaths())(
    'along the %s path, an inner binding hides an outer one only on purpose',
    (_path, scopes) => {
      // A key bound in two scopes of one path means the inner scope takes it; that is
      // right only where both bindings mean the same thing or the outer is never open
      // with the inner. Escape and Enter are the known, intended overrides.
      const intended = new Set(['escape', 'return', 'q', '?']);
      const hidden: string[] = [];

      for (const [index, scope] of scopes.entries()) {
        for (const binding of KEYMAP.filter((b) => b.scope === scope)) {
          for (const key of binding.keys) {
            const outer = scopes
              .slice(index + 1)
              .find((s) => actionFor([s], key) !== null);
            if (outer && !intended.has(key))
              hidden.push(`${scope}/${outer} ${key}`);
          }
        }
      }

      expect(hidden).toEqual([]);
    },
  );

  it('leaves Ctrl-C quitting from every path', () => {
    for (const [, scopes] of allPaths()) {
      expect(actionFor(scopes, 'ctrl-c')).toBe('quit');
    }
  });
});
