import { Box, Text } from 'ink';
import { formatBytes } from '../../lib/format.js';
import { safeCell } from '../../lib/safe-text.js';
import type { CleanupResult } from '../../state/cleanup-run.js';

export interface ResultViewProps {
  result: CleanupResult;
  height: number;
}

/** The last step: what went, what stayed and why, and the space returned. */
export function ResultView({ result, height }: ResultViewProps) {
  const failed = result.lines.filter((line) => !line.isOk);
  const removed = result.lines.length - failed.length;
  const shown = [...failed, ...result.lines.filter((line) => line.isOk)];
  const room = Math.max(1, height - 2);

  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={failed.length > 0 ? 'yellow' : 'green'} wrap="truncate">
        Cleanup done: removed {removed} of {result.lines.length}
        {failed.length > 0 ? `, ${failed.length} failed` : ''} · reclaimed{' '}
        {formatBytes(result.reclaimed)} (as the engine reported)
      </Text>
      {shown.slice(0, room).map((line) => (
        <Text
          key={line.item.key}
          color={line.isOk ? 'green' : 'red'}
          wrap="truncate"
        >
          {line.isOk ? '✓' : '✕'} {line.item.kind} {safeCell(line.item.name)}:{' '}
          {safeCell(line.detail)}
        </Text>
      ))}
      {shown.length > room ? (
        <Text dimColor>… and {shown.length - room} more</Text>
      ) : null}
    </Box>
  );
}
