import type { Scope } from '../../src/keys/keymap.js';
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
export function allPaths(): [string, readonly Scope[]][] {
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
