import { useRef, useState } from 'react';
import type { DockerService } from '../../docker/service.js';
import { isPrintable } from '../../keys/key-name.js';
import { formatBytes } from '../../lib/format.js';
import {
  type PlanOptions,
  buildPlan,
  itemsToRemove,
  plannedBytes,
} from '../../state/cleanup-plan.js';
import { runCleanup, takeSnapshot } from '../../state/cleanup-run.js';
import { type Confirmation, listNames } from '../dialogs/confirmation.js';
import { useFocusStore } from '../focus.js';
import { useSlot } from '../keys-router.js';
import {
  type CleanupAction,
  type CleanupState,
  cleanupReducer,
  initialCleanupState,
  scopeOfStage,
} from './cleanup-state.js';
import type { Choices } from './choices.js';

/** The planner's options from what the user chose on screen. */
export function planOptions(choices: Choices): PlanOptions {
  return {
    kinds: choices.kinds,
    olderThan: choices.age,
    label: choices.label.trim() === '' ? null : choices.label.trim(),
    includeNamedVolumes: choices.widen,
  };
}

function countsText(items: readonly { kind: string }[]): string {
  const counts = new Map<string, number>();
  for (const item of items)
    counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);

  return [...counts]
    .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
    .join(', ');
}

/**
 * The planner's state and keys. State lives in a ref as well as in React, so that keys
 * arriving in one burst each see the step the one before them led to.
 */
export function useCleanup(
  service: DockerService,
  onConfirm: (confirmation: Confirmation) => void,
  height: number,
) {
  const focus = useFocusStore();
  const [state, setState] = useState<CleanupState>(initialCleanupState);
  const ref = useRef(state);
  const scan = useRef<AbortController | null>(null);

  const dispatch = (action: CleanupAction) => {
    const next = cleanupReducer(ref.current, action);
    ref.current = next;
    setState(next);
    if (focus.get().view?.startsWith('cleanup')) {
      focus.set({ view: scopeOfStage(next.stage) });
    }
  };

  const close = () => {
    scan.current?.abort();
    dispatch({ type: 'back' });
    focus.set({ view: null });
  };

  const makePlan = () => {
    const controller = new AbortController();
    scan.current = controller;
    dispatch({ type: 'scan', now: Date.now() });
    const options = planOptions(ref.current.choices);
    takeSnapshot(service, controller.signal).then(
      (snapshot) => {
        if (!controller.signal.aborted) {
          dispatch({ type: 'planned', items: buildPlan(snapshot, options) });
        }
      },
      (error: Error) => {
        if (!controller.signal.aborted) {
          dispatch({ type: 'failed', message: error.message });
        }
      },
    );
  };

  const remove = () => {
    const { stage } = ref.current;
    if (stage.name !== 'plan') return;

    const going = itemsToRemove(stage.items, stage.unmarked);
    if (going.length === 0) return;

    onConfirm({
      title: `Remove ${going.length} objects (${countsText(going)}), ${formatBytes(plannedBytes(going))}?`,
      lines: listNames(
        going.map((item) => `${item.kind} ${item.name}`),
        6,
      ),
      warnings: [],
      onConfirm: () => {
        dispatch({ type: 'run', total: going.length });
        void runCleanup(service, going, (done) =>
          dispatch({ type: 'progress', done }),
        ).then((result) => dispatch({ type: 'finished', result }));
      },
    });
  };

  const move = (delta: number) => () =>
    dispatch({ type: 'move', delta, height });

  useSlot('cleanup', {
    up: move(-1),
    down: move(1),
    toggle: () => dispatch({ type: 'toggle', height }),
    'cleanup-plan': makePlan,
    close,
  });
  useSlot(
    'cleanup-label',
    {
      confirm: () => dispatch({ type: 'label-done', keep: true }),
      cancel: () => dispatch({ type: 'label-done', keep: false }),
    },
    (input, name) => {
      if (name === 'backspace') dispatch({ type: 'label-erase' });
      else if (isPrintable(input))
        dispatch({ type: 'label-type', text: input });
    },
  );
  useSlot('cleanup-scan', {
    cancel: () => {
      scan.current?.abort();
      dispatch({ type: 'back' });
    },
  });
  useSlot('cleanup-plan', {
    up: move(-1),
    down: move(1),
    'page-up': move(-Math.max(1, height - 1)),
    'page-down': move(Math.max(1, height - 1)),
    mark: () => dispatch({ type: 'toggle', height }),
    'cleanup-remove': remove,
    back: () => dispatch({ type: 'back' }),
  });
  useSlot('cleanup-result', { close });

  return state;
}
