import { Box } from 'ink';
import { type ReactNode, createContext } from 'react';

/** False inside a pane that is mounted but not on screen. */
export const PaneShownContext = createContext(true);

/**
 * Keeps a pane mounted, with its cursor, marks and filter, whether it shows or not. A
 * hidden pane's table draws nothing, so its rows cost nothing at start, at a clock tick or
 * when an event changes them.
 */
export function PaneSlot(props: { isShown: boolean; children: ReactNode }) {
  return (
    <Box display={props.isShown ? 'flex' : 'none'}>
      <PaneShownContext.Provider value={props.isShown}>
        {props.children}
      </PaneShownContext.Provider>
    </Box>
  );
}
