import { createContext, useContext } from 'react';
import type { DockerService } from '../../docker/service.js';
import type { TransferWork } from '../../state/use-transfer.js';
import type { Notice } from '../../state/use-tasks.js';
import type { FormSpec } from '../dialogs/form.js';

/** What a pull, push or build is called in its messages: "pull", "Pulled". */
export interface TransferVerb {
  base: string;
  done: string;
}

/**
 * What panes use to run the image lifecycle: prompts, and transfers shown in their own view.
 * The app provides it; panes never hold a transfer themselves.
 */
export interface Lifecycle {
  service: DockerService;
  openForm: (form: FormSpec) => void;
  closeForm: () => void;
  runTransfer: (
    verb: TransferVerb,
    subject: string,
    work: TransferWork,
  ) => void;
  notify: (notice: Notice | null) => void;
  /** A notify bound to the place the user is in now, for results that come later. */
  notifier: () => (notice: Notice | null) => void;
}

export const LifecycleContext = createContext<Lifecycle | null>(null);

export function useLifecycle(): Lifecycle {
  const lifecycle = useContext(LifecycleContext);
  if (!lifecycle)
    throw new Error('useLifecycle needs a LifecycleContext provider');

  return lifecycle;
}
