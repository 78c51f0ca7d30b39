import { useApp } from 'ink';
import { useCallback, useEffect, useState } from 'react';
import type { DockerService } from '../docker/service.js';
import { useEngine } from '../state/use-engine.js';
import { useTasks } from '../state/use-tasks.js';
import { PANES, type PaneId } from './chrome/header.js';
import type { Confirmation } from './dialogs/confirmation.js';
import {
  type FocusStore,
  createFocusStore,
  placeOf,
  scopesOf,
  useFocus,
} from './focus.js';
import { useHandover } from './hooks/use-handover.js';
import type { HostsControl } from './hosts/use-hosts.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { type KeyRegistry, useKeyRouter, useSlotIn } from './keys-router.js';
import { useLifecycleController } from './registry/use-lifecycle-controller.js';

const WELCOME = {
  tone: 'hint',
  text: 'Welcome! ↑ ↓ pick a row, Enter opens it, 1-5 switch panes',
} as const;

/**
 * The app's own state and keys: which pane shows, what covers it (help, a dialog, a report),
 * and quitting. Panes offer their own keys through the same router. Without `hosts` the app
 * stays on its one engine.
 */
export function useAppController(service: DockerService, hosts?: HostsControl) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const engine = useEngine(service);
  const [store] = useState<FocusStore>(() =>
    createFocusStore({
      pane: 'containers',
      overlay: null,
      isFiltering: false,
      view: null,
      details: null,
      run: null,
    }),
  );
  const here = useCallback(() => placeOf(store.get()), [store]);
  const tasks = useTasks(here);
  const [registry] = useState<KeyRegistry>(() => new Map());
  // The first screen says how to get about; the first key clears it, like any message.
  const { notify } = tasks;
  useEffect(() => notify(WELCOME), [notify]);
  const focus = useFocus(store);
  const lifecycle = useLifecycleController(service, store, tasks);

  // The report is state of its own: a bulk action may end while a dialog is open.
  const hasReport = () => tasks.report !== null;
  const handover = useHandover();
  useKeyRouter(
    store,
    registry,
    () => scopesOf(store.get(), hasReport()),
    !handover.isActive,
    // A message stays until the next key in its place, with no timer running while idle.
    () => tasks.dismiss(here()),
  );

  const step = (delta: number) => () => {
    const index = PANES.findIndex((p) => p.id === store.get().pane);
    const next = PANES[(index + delta + PANES.length) % PANES.length];
    if (next) store.set({ pane: next.id });
  };
  const show = (pane: PaneId) => () => store.set({ pane });
  const close = () => store.set({ overlay: null });

  useSlotIn(registry, 'global', {
    quit: exit,
    help: () => store.set({ overlay: { kind: 'help' } }),
    'pane-next': step(1),
    'pane-previous': step(-1),
    'pane-containers': show('containers'),
    'pane-images': show('images'),
    'pane-volumes': show('volumes'),
    'pane-networks': show('networks'),
    'cleanup-open': () => store.set({ view: 'cleanup' }),
    'disk-usage-open': () => store.set({ view: 'disk' }),
    'pane-registry': show('registry'),
    refresh: engine.refresh,
    'hosts-open': hosts ? () => store.set({ view: 'hosts' }) : undefined,
  });
  useSlotIn(registry, 'always', { quit: exit });
  useSlotIn(registry, 'report', { close: tasks.dismissReport });
  useSlotIn(registry, 'dialog', {
    confirm: () => {
      const { overlay } = store.get();
      close();
      if (overlay?.kind === 'confirm') overlay.confirmation.onConfirm();
    },
    cancel: close,
  });

  return {
    size,
    engine: engine.state,
    tasks,
    focus,
    store,
    registry,
    lifecycle,
    handover,
    refresh: engine.refresh,
    scopes: scopesOf(focus, tasks.report !== null),
    notice: tasks.notices.get(placeOf(focus)) ?? null,
    confirm: (confirmation: Confirmation) =>
      store.set({ overlay: { kind: 'confirm', confirmation } }),
  };
}
