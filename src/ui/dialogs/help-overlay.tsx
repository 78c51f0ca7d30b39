import { Box, Text } from 'ink';
import { useState } from 'react';
import { KEYMAP, type Scope, keyLabel } from '../../keys/keymap.js';
import { useSlot } from '../keys-router.js';

const SECTIONS: readonly { scope: Scope; title: string }[] = [
  { scope: 'global', title: 'Everywhere' },
  { scope: 'list', title: 'Lists' },
  { scope: 'containers', title: 'Containers' },
  { scope: 'images', title: 'Images' },
  { scope: 'volumes', title: 'Volumes' },
  { scope: 'networks', title: 'Networks' },
  { scope: 'disk', title: 'Disk usage' },
  { scope: 'cleanup', title: 'Cleanup choices' },
  { scope: 'cleanup-plan', title: 'Cleanup plan' },
  { scope: 'registry', title: 'Registry' },
  { scope: 'search-box', title: 'Registry search box' },
  { scope: 'form', title: 'Prompts' },
  { scope: 'transfer', title: 'Pull, push, build' },
  { scope: 'filter', title: 'Filter prompt' },
  { scope: 'dialog', title: 'Confirm dialogs' },
  { scope: 'details', title: 'Details view' },
  { scope: 'logs', title: 'Logs tab' },
  { scope: 'inspect', title: 'Inspect tab' },
  { scope: 'run-form', title: 'Run form' },
];

/** A help column's width in cells: the keys, then a description of about 25 cells. */
const COLUMN_WIDTH = 42;

const LINES = SECTIONS.flatMap(({ scope, title }) => [
  { key: title, text: title, isTitle: true },
  ...KEYMAP.filter((b) => b.scope === scope).map((b) => ({
    key: `${scope}-${b.action}`,
    text: `  ${b.keys.map(keyLabel).join(' ').padEnd(11)} ${b.description}`,
    isTitle: false,
  })),
]);

export interface HelpOverlayProps {
  height: number;
  width: number;
  onClose: () => void;
}

/**
 * Every key binding, drawn from the keymap, in as many columns as the width holds, a page
 * at a time when they do not fit: ↑ ↓ PgUp PgDn turn the pages.
 */
export function HelpOverlay({ height, width, onClose }: HelpOverlayProps) {
  const rows = Math.max(1, height - 1);
  const columns = Math.max(1, Math.floor(width / COLUMN_WIDTH));
  const perPage = rows * columns;
  const pages = Math.ceil(LINES.length / perPage);
  const [page, setPage] = useState(0);
  const turn = (by: number) => () =>
    setPage((current) => Math.max(0, Math.min(pages - 1, current + by)));

  useSlot('help', {
    close: onClose,
    'page-up': turn(-1),
    'page-down': turn(1),
  });

  // A page fills its first column top to bottom, then the next, so a section reads down.
  const shown = LINES.slice(page * perPage, (page + 1) * perPage);

  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">
        Keys · Esc or ? closes
        {pages > 1 ? ` · page ${page + 1} of ${pages}, ↑ ↓ turn` : ''}
      </Text>
      <Box>
        {Array.from({ length: columns }, (_, index) => (
          <Box key={index} flexDirection="column" width={COLUMN_WIDTH}>
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
