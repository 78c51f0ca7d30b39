import { Text } from 'ink';

export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

/** Below 60×15 cells the panes cannot be drawn: say so instead of drawing garbage. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  const text =
    columns >= 30
      ? `Terminal too small (${columns}×${rows}); dockhand needs ${MIN_COLUMNS}×${MIN_ROWS}. q quits.`
      : 'Terminal too small';

  // Wrapped, not cut: in 10×3 cells "Terminal too small" still reads in full on two rows.
  return <Text wrap="wrap">{text}</Text>;
}
