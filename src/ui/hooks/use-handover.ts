import { useStdin, useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { TerminalSession } from '../../docker/details-types.js';
import { handOver } from '../terminal-handover.js';

interface Pending {
  session: TerminalSession;
  onEnd: (exitCode: number | null) => void;
}

export interface Handover {
  /** A session has the terminal: Ink's input must be off and the UI drawn empty. */
  isActive: boolean;
  /** Gives the terminal to `session`; `onEnd` runs once dockhand has it back. */
  start: (session: TerminalSession, onEnd: Pending['onEnd']) => void;
}

/** Runs interactive sessions (shell, run -it) on the app's own terminal, one at a time. */
export function useHandover(): Handover {
  const { stdin } = useStdin();
  const { stdout } = useStdout();
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    if (!pending) return undefined;

    // Ink releases stdin (raw mode off, its listener gone) in the effects of this same
    // commit; take the terminal only after all of them have run.
    const timer = setImmediate(() => {
      void handOver(pending.session, stdin, stdout).then((code) => {
        setPending(null);
        pending.onEnd(code);
      });
    });

    return () => clearImmediate(timer);
  }, [pending, stdin, stdout]);

  return {
    isActive: pending !== null,
    start: (session, onEnd) => setPending({ session, onEnd }),
  };
}
