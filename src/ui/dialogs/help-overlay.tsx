import { Box, Text } from 'ink';
import { KEYMAP, type Scope, keyLabel } from '../../keys/keymap.js';

const SECTIONS: readonly { scope: Scope; title: string }[] = [
  { scope: 'global', title: 'Everywhere' },
  { scope: 'list', title: 'Lists' },
  { scope: 'containers', title: 'Containers' },
  { scope: 'images', title: 'Images' },
  { scope: 'filter', title: 'Filter prompt' },
  { scope: 'dialog', title: 'Confirm dialogs' },
  { scope: 'details', title: 'Details view' },
  { scope: 'logs', title: 'Logs tab' },
  { scope: 'inspect', title: 'Inspect tab' },
  { scope: 'run-form', title: 'Run form' },
];

/** Every key binding, drawn from the keymap. */
export function HelpOverlay({ height }: { height: number }) {
  const lines = SECTIONS.flatMap(({ scope, title }) => [
    { key: title, text: title, isTitle: true },
    ...KEYMAP.filter((b) => b.scope === scope).map((b) => ({
      key: `${scope}-${b.action}`,
      text: `  ${b.keys.map(keyLabel).join(' ').padEnd(16)} ${b.description}`,
      isTitle: false,
    })),
  ]);
  const columns = Math.ceil(lines.length / Math.max(1, height - 2));

  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Keys · Esc or ? closes</Text>
      <Box>
        {Array.from({ length: columns }, (_, column) => (
          <Box
            key={column}
            flexDirection="column"
            marginRight={2}
            flexGrow={1}
            flexBasis={0}
          >
            {lines
              .slice(column * (height - 2), (column + 1) * (height - 2))
              .map((line) => (
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
