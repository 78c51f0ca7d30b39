import { describe, expect, it } from 'vitest';
import { KEYMAP, SCOPE_PATHS } from '../../src/keys/keymap.js';

describe('the keymap along each nesting path', () => {
  it.each(Object.entries(SCOPE_PATHS))(
    'binds no key twice on the %s path, so the innermost binding never hides one by accident',
    (_, scopes) => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];

      for (const scope of scopes) {
        for (const binding of KEYMAP.filter((b) => b.scope === scope)) {
          for (const key of binding.keys) {
            const earlier = seen.get(key);
            if (earlier)
              clashes.push(`${key}: ${earlier} and ${scope}/${binding.action}`);
            seen.set(key, `${scope}/${binding.action}`);
          }
        }
      }

      expect(clashes).toEqual([]);
    },
  );
});
