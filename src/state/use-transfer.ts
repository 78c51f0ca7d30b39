import { useCallback, useRef, useState } from 'react';
import { toDockerError } from '../docker/errors.js';
import type { ProgressEvent } from '../docker/progress.js';
import {
  type TransferState,
  applyProgress,
  finishTransfer,
  startTransfer,
} from './transfer.js';

/** A pull, push or build: given the progress callback and the signal that cancels it. */
export type TransferWork = (
  onProgress: (event: ProgressEvent) => void,
  signal: AbortSignal,
) => Promise<void>;

export interface Transfer {
  state: TransferState | null;
  /** Starts `work` under `title`; `onEnd` hears how it ended, with the engine's message. */
  start: (
    title: string,
    work: TransferWork,
    onEnd: (state: TransferState) => void,
  ) => void;
  /** Aborts the running transfer; the engine stops it and it ends as cancelled. */
  cancel: () => void;
  /** Forgets a finished transfer. */
  close: () => void;
}

/** The one transfer shown at a time, with its progress and the abort that cancels it. */
export function useTransfer(): Transfer {
  const [state, setState] = useState<TransferState | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback<Transfer['start']>((title, work, onEnd) => {
    const abort = new AbortController();
    controller.current = abort;
    let latest = startTransfer(title);
    const update = (next: TransferState) => {
      latest = next;
      if (controller.current === abort) setState(next);
    };
    update(latest);

    work((event) => update(applyProgress(latest, event)), abort.signal)
      .then(
        () => update(finishTransfer(latest, null)),
        (error: unknown) =>
          update(finishTransfer(latest, toDockerError(error))),
      )
      .finally(() => onEnd(latest));
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const close = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState(null);
  }, []);

  return { state, start, cancel, close };
}
