import { useEffect, useRef, useState } from 'react';
import type { EngineTarget } from '../../docker/connection.js';
import {
  type EngineDirectory,
  type EngineList,
  isChoiceOf,
} from '../../docker/engines.js';
import {
  type HostsAction,
  type HostsState,
  hostsReducer,
  initialHostsState,
} from '../../state/hosts.js';
import { useFocusStore } from '../focus.js';
import { useSlot } from '../keys-router.js';

/** How long an engine may take to say its version before it counts as not answering. */
export const PING_MS = 3000;

/** What the hosts view needs from whoever owns the engine in use. */
export interface HostsControl {
  directory: EngineDirectory;
  /** Drops everything bound to the engine in use and starts over on `target`. */
  onSwitch: (target: EngineTarget) => void;
}

function listOrProblem(directory: EngineDirectory): EngineList {
  try {
    return directory.list();
  } catch (error) {
    return { choices: [], problem: (error as Error).message };
  }
}

/**
 * The hosts view's rows and keys. Each opening lists the engines afresh and asks every one
 * its version at once; answers that come after the view closed are dropped.
 */
export function useHosts(
  control: HostsControl,
  current: EngineTarget,
  isOpen: boolean,
): HostsState {
  const focus = useFocusStore();
  const [state, setState] = useState(initialHostsState);
  // Keys typed in a burst act on the rows as the last key left them, not as last drawn.
  const ref = useRef(state);
  const dispatch = (action: HostsAction) => {
    ref.current = hostsReducer(ref.current, action);
    setState(ref.current);
  };

  useEffect(() => {
    if (!isOpen) return undefined;

    let isClosed = false;
    const list = listOrProblem(control.directory);
    const cursor = list.choices.findIndex((c) => isChoiceOf(c, current));
    dispatch({ type: 'listed', list, cursor: Math.max(0, cursor) });

    list.choices.forEach(({ target }, index) => {
      if (!target) return;
      control.directory.ping(target, PING_MS).then(
        (version) => {
          if (isClosed) return;
          dispatch({
            type: 'answered',
            index,
            answer: { kind: 'answers', version },
          });
        },
        (error: Error) => {
          if (isClosed) return;
          const answer = { kind: 'refuses', reason: error.message } as const;
          dispatch({ type: 'answered', index, answer });
        },
      );
    });

    return () => {
      isClosed = true;
    };
    // Lists and asks once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen]);

  useSlot('hosts', {
    up: () => dispatch({ type: 'move', delta: -1 }),
    down: () => dispatch({ type: 'move', delta: 1 }),
    'hosts-switch': () => {
      const target = ref.current.choices[ref.current.cursor]?.target;
      if (target) control.onSwitch(target);
    },
    close: () => focus.set({ view: null }),
  });

  return state;
}
