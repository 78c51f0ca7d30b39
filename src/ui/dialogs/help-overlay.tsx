import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { Scope } from '../../keys/keymap.js';
import { useSlot } from '../keys-router.js';
import { helpLines } from './help-lines.js';

/** The narrowest help column: keys, then a description of some 20 cells. */
const MIN_COLUMN_WIDTH = 38;

export interface HelpOverlayProps {
  /** The scopes open under the overlay, innermost first: their keys come first. */
  here: readonly Scope[];
  height: number;
  width: number;
  onClose: () => void;
}

/**
 * Every key binding, drawn from the keymap, in as many columns as the width holds, a page
 * at a time when they do not fit: ↑ ↓ PgUp PgDn turn the pages.
 */
export function HelpOverlay({
  here,
  height,
  width,
  onClose,
}: HelpOverlayProps) {
  const rows = Math.max(1, height - 1);
  const columns = Math.max(1, Math.floor(width / MIN_COLUMN_WIDTH));
  const columnWidth = Math.floor(width / columns);
  const lines = useMemo(
    () => helpLines(here, columnWidth - 1),
    [here, columnWidth],
  );
  const perPage = rows * columns;
  const pages = Math.ceil(lines.length / perPage);
  const [page, setPage] = useState(0);
  const turn = (by: number) => () =>
    setPage((current) => Math.max(0, Math.min(pages - 1, current + by)));

  useSlot('help', {
    close: onClose,
    'page-up': turn(-1),
    'page-down': turn(1),
  });

  // A page fills its first column top to bottom, then the next, so a section reads down.
  const shown = lines.slice(page * perPage, (page + 1) * perPage);

  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">
        Keys here first, then the rest · Esc closes
        {pages > 1 ? ` · ${page + 1}/${pages}, ↑ ↓ turn` : ''}
      </Text>
      <Box>
        {Array.from({ length: columns }, (_, index) => (
          <Box key={index} flexDirection="column" width={columnWidth}>
            {shown.slice(index * rows, (index + 1) * rows).map((line) => (
              <Text key={line.key} bold={line.isTitle} wrap="truncate">
                {line.text}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
