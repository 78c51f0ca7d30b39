import { Box, Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';
import type { Confirmation } from './confirmation.js';

export interface ConfirmDialogProps {
  confirmation: Confirmation;
  width: number;
}

/** Rows a confirmation takes on screen: border, title, items, warnings, the question. */
export function confirmHeight(confirmation: Confirmation): number {
  return 4 + confirmation.lines.length + confirmation.warnings.length;
}

/** Asks before a destructive action, naming exactly what will go. */
export function ConfirmDialog({ confirmation, width }: ConfirmDialogProps) {
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      borderColor="red"
      width={width}
      paddingX={1}
    >
      <Text bold wrap="truncate">
        {confirmation.title}
      </Text>
      {confirmation.lines.map((line, index) => (
        <Text key={index} wrap="truncate">
          {'  '}
          {safeCell(line)}
        </Text>
      ))}
      {confirmation.warnings.map((warning, index) => (
        <Text key={`w${index}`} color="yellow" wrap="truncate">
          ! {safeCell(warning)}
        </Text>
      ))}
      <Text>
        <Text bold>y</Text>/Enter confirm · <Text bold>n</Text>/Esc cancel
      </Text>
    </Box>
  );
}
