import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Scope } from '../keys/keymap.js';
import type { PaneId } from './chrome/header.js';
import type { Confirmation } from './dialogs/confirmation.js';
import type { FormSpec } from './dialogs/form.js';

export type Overlay =
  | { kind: 'help' }
  | { kind: 'confirm'; confirmation: Confirmation }
  | { kind: 'form'; form: FormSpec }
  | { kind: 'transfer' }
  | null;

/** The views that cover the panes, each named by the scope it receives keys in. */
export const VIEW_SCOPES = [
  'disk',
  'cleanup',
  'cleanup-label',
  'cleanup-scan',
  'cleanup-busy',
  'cleanup-plan',
  'cleanup-result',
  'hosts',
] as const satisfies readonly Scope[];

export type ViewScope = (typeof VIEW_SCOPES)[number];
export type DetailsTab = 'logs' | 'stats' | 'inspect' | 'processes';

/** The details view of one container, open over the panes. */
export interface DetailsFocus {
  containerId: string;
  tab: DetailsTab;
  /** The logs tab's search prompt is open. */
  isSearching: boolean;
}

export interface Focus {
  pane: PaneId;
  overlay: Overlay;
  isFiltering: boolean;
  view: ViewScope | null;
  details: DetailsFocus | null;
  /** The run form, for this image reference. */
  run: { image: string } | null;
  /** The registry pane's search box has the keys (while that pane shows); absent is false. */
  isInSearchBox?: boolean;
}

/**
 * Who receives keys. Ink hands a burst of keys (fast typing, a paste) to the listeners one
 * by one before React renders again, so focus changes must take effect at once: key
 * handlers read this store synchronously, and components render from it.
 */
export interface FocusStore {
  get(): Focus;
  set(change: Partial<Focus>): void;
  subscribe(listener: () => void): () => void;
}

export function createFocusStore(initial: Focus): FocusStore {
  let focus = initial;
  const listeners = new Set<() => void>();

  return {
    get: () => focus,
    set: (change) => {
      focus = { ...focus, ...change };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);

      return () => listeners.delete(listener);
    },
  };
}

export const FocusContext = createContext<FocusStore | null>(null);

export function useFocusStore(): FocusStore {
  const store = useContext(FocusContext);
  if (!store) throw new Error('useFocusStore needs a FocusContext provider');

  return store;
}

/** The focus as of this render. */
export function useFocus(store: FocusStore): Focus {
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Where the user is, as the status line's messages belong to it: the view on screen (the
 * details of one container), else the pane. Dialogs, prompts and the run form are not
 * places of their own: what they start belongs to what they cover.
 */
export function placeOf(focus: Focus): string {
  if (focus.view)
    return focus.view.startsWith('cleanup') ? 'cleanup' : focus.view;
  if (focus.details) return `details:${focus.details.containerId}`;

  return focus.pane;
}

/** The scopes that receive keys now, innermost first. */
export function scopesOf(focus: Focus, hasReport: boolean): readonly Scope[] {
  if (focus.overlay?.kind === 'confirm') return ['dialog', 'always'];
  if (focus.overlay?.kind === 'help') return ['help', 'always'];
  if (focus.overlay?.kind === 'form') return ['form', 'always'];
  if (focus.overlay?.kind === 'transfer') return ['transfer', 'always'];
  if (hasReport) return ['report', 'always'];
  if (focus.view) return [focus.view, 'always'];
  if (focus.run) return ['run-form', 'always'];
  if (focus.details) return detailsScopes(focus.details);
  if (focus.isFiltering) return ['filter', 'always'];
  if (focus.pane === 'registry') return registryScopes(focus);

  return [focus.pane, 'list', 'global', 'always'];
}

/**
 * The registry's results are searched in the box, not filtered, and pulled one at a time:
 * the pane binds its own moves and has no list scope (no filter prompt, no marks).
 */
function registryScopes(focus: Focus): readonly Scope[] {
  if (focus.isInSearchBox) return ['search-box', 'always'];

  return ['registry', 'global', 'always'];
}

function detailsScopes(details: DetailsFocus): readonly Scope[] {
  if (details.isSearching) return ['log-search', 'always'];
  if (details.tab === 'logs') return ['logs', 'details', 'always'];
  if (details.tab === 'inspect') return ['inspect', 'details', 'always'];

  return ['details', 'always'];
}
