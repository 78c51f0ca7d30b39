import type { PaneId } from '../chrome/header.js';
import { useFocusStore } from '../focus.js';
import { type Handlers, useSlot } from '../keys-router.js';
import type { ListPane } from './use-list-pane.js';

/**
 * Offers a list pane's keys: its own actions, the list's, and the filter prompt's. `act`
 * wraps an action that needs target rows: the marked rows still shown, else the cursor's.
 */
export function usePaneKeys<Row>(
  pane: PaneId,
  list: ListPane<Row>,
  actions: (
    withTargets: (act: (rows: Row[]) => void) => () => void,
  ) => Handlers,
): void {
  const focus = useFocusStore();
  const withTargets = (act: (rows: Row[]) => void) => () => {
    const targets = list.targets();
    if (targets.length > 0) act(targets);
  };

  useSlot(pane, actions(withTargets));
  useSlot(`${pane}:list`, {
    ...list.handlers,
    filter: () => focus.set({ isFiltering: true }),
    clear: () => {
      list.setFilter('');
      list.clearMarks();
    },
  });
  useSlot(
    `${pane}:filter`,
    {
      confirm: () => focus.set({ isFiltering: false }),
      cancel: () => {
        list.setFilter('');
        focus.set({ isFiltering: false });
      },
    },
    list.typeFilter,
  );
}
