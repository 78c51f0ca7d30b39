import { useMemo } from 'react';
import type { DockerService } from '../../docker/service.js';
import type { TransferState } from '../../state/transfer.js';
import { useTransfer } from '../../state/use-transfer.js';
import type { Tasks } from '../../state/use-tasks.js';
import type { FocusStore } from '../focus.js';
import type { Lifecycle, TransferVerb } from './lifecycle.js';

const capitalize = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1);

// The engine's words when a registry wants credentials it was not given.
const WANTS_LOGIN =
  /no basic auth credentials|unauthorized|authentication required|requested access to the resource is denied/i;

/** The status line once a transfer ends; a refusal for want of a login says where to log in. */
export function endNotice(
  verb: TransferVerb,
  subject: string,
  state: TransferState,
) {
  switch (state.phase) {
    case 'done':
      return { tone: 'success' as const, text: `${verb.done} ${subject}.` };
    case 'cancelled':
      return {
        tone: 'info' as const,
        text: `Cancelled the ${verb.base} of ${subject}.`,
      };
    default:
      return {
        tone: 'error' as const,
        text:
          `Could not ${verb.base} ${subject}: ${state.error ?? 'unknown failure'}` +
          (WANTS_LOGIN.test(state.error ?? '')
            ? ' · log in first: 3, then L'
            : ''),
      };
  }
}

/** The lifecycle panes use, with the one transfer it runs and the view that shows it. */
export function useLifecycleController(
  service: DockerService,
  store: FocusStore,
  tasks: Tasks,
) {
  const transfer = useTransfer();
  const { notify, notifier } = tasks;
  const { start } = transfer;

  const lifecycle = useMemo<Lifecycle>(
    () => ({
      service,
      notify,
      notifier,
      openForm: (form) => store.set({ overlay: { kind: 'form', form } }),
      closeForm: () => store.set({ overlay: null }),
      runTransfer: (verb, subject, work) => {
        store.set({ overlay: { kind: 'transfer' } });
        const title = `${capitalize(verb.base)} ${subject}`;
        const tell = notifier();
        tell({ tone: 'info', text: `${title}…` });
        start(title, work, (state) => tell(endNotice(verb, subject, state)));
      },
    }),
    [service, store, notify, notifier, start],
  );

  const closeTransfer = () => {
    transfer.close();
    store.set({ overlay: null });
  };

  return { lifecycle, transfer, closeTransfer };
}
