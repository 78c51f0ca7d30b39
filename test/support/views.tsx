import type { ReactElement, ReactNode } from 'react';
import {
  type FocusStore,
  FocusContext,
  createFocusStore,
} from '../../src/ui/focus.js';
import {
  type KeyRegistry,
  KeyRegistryContext,
} from '../../src/ui/keys-router.js';

/** The contexts a view needs outside the app: a focus store and a key registry. */
export function viewHarness(): {
  store: FocusStore;
  registry: KeyRegistry;
  wrap: (node: ReactNode) => ReactElement;
  /** Runs the handler a scope's slot offers for an action, as the key router would. */
  press: (slot: string, action: string) => void;
} {
  const store = createFocusStore({
    pane: 'containers',
    overlay: null,
    isFiltering: false,
    view: null,
    details: null,
    run: null,
  });
  const registry: KeyRegistry = new Map();

  return {
    store,
    registry,
    wrap: (node) => (
      <FocusContext.Provider value={store}>
        <KeyRegistryContext.Provider value={registry}>
          {node}
        </KeyRegistryContext.Provider>
      </FocusContext.Provider>
    ),
    press: (slot, action) => {
      const handler = registry.get(slot)?.current.handlers[action as never] as
        | (() => void)
        | undefined;
      if (!handler) throw new Error(`no ${action} in ${slot}`);
      handler();
    },
  };
}
