import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { isPrintable } from '../../keys/key-name.js';
import { HUB_DOMAIN } from '../../docker/reference.js';
import { createStore } from '../../state/store.js';
import { useFocusStore } from '../focus.js';
import { useSlot } from '../keys-router.js';
import type { SearchQuery } from './actions.js';
import { type BoxAction, boxReducer } from './search-box.js';

export interface SearchBoxOptions {
  /** The places Tab steps through, as last read. */
  places: () => readonly string[];
  hasResults: () => boolean;
  onSearch: (query: SearchQuery) => void;
  /** The box took the keys: a moment to read the places again. */
  onFocus: () => void;
}

export interface SearchBox {
  /** The term and place as of this render. */
  query: SearchQuery;
  /** The term and place as of the last key, for handlers. */
  current: () => SearchQuery;
  isFocused: boolean;
  focus: () => void;
  /** Leaves the box for the results when the box still holds `query`. */
  leaveAfter: (query: SearchQuery) => void;
  clear: () => void;
}

/**
 * The registry pane's search box: a term and a place to search. While it has the keys it
 * takes every printable one, so global letters and digits type into it. Its state lives in
 * a store, so that each key of a burst sees what the key before it typed.
 */
export function useSearchBox(options: SearchBoxOptions): SearchBox {
  const focus = useFocusStore();
  const [store] = useState(() =>
    createStore<SearchQuery>({ registry: HUB_DOMAIN, term: '' }),
  );
  const query = useSyncExternalStore(store.subscribe, store.get);
  const isFocused = useSyncExternalStore(
    focus.subscribe,
    () => focus.get().isInSearchBox === true,
  );
  const dispatch = (action: BoxAction) =>
    store.set(boxReducer(store.get(), action));
  const enter = () => {
    focus.set({ isInSearchBox: true });
    options.onFocus();
  };
  const leave = () => focus.set({ isInSearchBox: false });

  useEntryFocus(options.hasResults, enter);
  useSlot(
    'search-box',
    {
      confirm: () => options.onSearch(store.get()),
      cancel: leave,
      down: () => (options.hasResults() ? leave() : undefined),
      'choice-next': () =>
        dispatch({ type: 'place', places: options.places(), delta: 1 }),
      'choice-previous': () =>
        dispatch({ type: 'place', places: options.places(), delta: -1 }),
      'field-clear': () => dispatch({ type: 'clear' }),
    },
    (input, name) => {
      if (name === 'backspace') dispatch({ type: 'erase' });
      else if (isPrintable(input)) dispatch({ type: 'type', text: input });
    },
  );

  return {
    query,
    current: store.get,
    isFocused,
    focus: enter,
    leaveAfter: (searched) => {
      const now = store.get();
      const isUnchanged =
        now.term === searched.term && now.registry === searched.registry;
      if (isUnchanged && focus.get().isInSearchBox) leave();
    },
    clear: () => dispatch({ type: 'clear' }),
  };
}

/**
 * Entering the registry pane with nothing found yet puts the keys in the box. It happens in
 * the focus store's listener, at once, not in an effect after the next frame: keys typed in
 * the same burst as `3` already go to the box. The listener is set at commit (a layout
 * effect): React may run passive effects after keys have already arrived.
 */
function useEntryFocus(hasResults: () => boolean, enter: () => void): void {
  const focus = useFocusStore();
  const latest = useRef({ hasResults, enter });
  latest.current = { hasResults, enter };

  useLayoutEffect(() => {
    let pane = focus.get().pane;

    return focus.subscribe(() => {
      const now = focus.get().pane;
      const isEntering = now === 'registry' && pane !== 'registry';
      pane = now;
      if (isEntering && !latest.current.hasResults()) latest.current.enter();
    });
  }, [focus]);
}
