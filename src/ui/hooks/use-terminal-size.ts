import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** What a terminal that reports no size (0×0, or not a TTY) is taken to be. */
export const FALLBACK_SIZE: TerminalSize = { columns: 80, rows: 24 };

function measure(stdout: NodeJS.WriteStream): TerminalSize {
  const columns = stdout.columns || FALLBACK_SIZE.columns;
  const rows = stdout.rows || FALLBACK_SIZE.rows;

  return { columns, rows };
}

/** The terminal's size, updated on every resize. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => measure(stdout));

  useEffect(() => {
    const onResize = () => setSize(measure(stdout));
    stdout.on('resize', onResize);

    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);

  return size;
}
