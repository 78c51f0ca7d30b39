import { describe, expect, it } from 'vitest';
import { KEYMAP, type Scope, actionFor } from '../../src/keys/keymap.js';
import { PANES } from '../../src/ui/chrome/header.js';
import type { FormSpec } from '../../src/ui/dialogs/form.js';
import {
  type DetailsTab,
  type Focus,
  VIEW_SCOPES,
  scopesOf,
} from '../../src/ui/focus.js';

const TABS: DetailsTab[] = ['logs', 'stats', 'inspect', 'processes'];

/** The details view on each tab, searching or not, and the run form. */
const INSIDE: Pick<Focus, 'details' | 'run'>[] = [
  { details: null, run: null },
  { details: null, run: { image: 'x' } },
  ...TABS.flatMap((tab) =>
    [false, true].map((isSearching) => ({
      details: { containerId: 'c', tab, isSearching },
      run: null,
    })),
  ),
];

/** Every path of scopes the app can have open, as the focus store computes them. */
function allPaths(): [string, readonly Scope[]][] {
  const overlays: Focus['overlay'][] = [
    null,
    { kind: 'help' },
    {
      kind: 'confirm',
      confirmation: { title: '', lines: [], warnings: [], onConfirm: () => {} },
    },
    { kind: 'form', form: {} as FormSpec },
    { kind: 'transfer' },
  ];
  const paths = new Map<string, readonly Scope[]>();

  for (const { id: pane } of PANES) {
    for (const overlay of overlays) {
      for (const isFiltering of [false, true]) {
        for (const hasReport of [false, true]) {
          for (const view of [null, ...VIEW_SCOPES]) {
            for (const inside of INSIDE) {
              for (const isInSearchBox of [false, true]) {
                const focus = {
                  ...{ pane, overlay, isFiltering, view, isInSearchBox },
                  ...inside,
                };
                const scopes = scopesOf(focus, hasReport);
                paths.set(scopes.join('>'), scopes);
              }
            }
          }
        }
      }
    }
  }

  return [...paths.entries()];
}

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
