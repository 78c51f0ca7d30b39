import { Box, Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';

export interface InfoLineProps {
  filter: string;
  isFiltering: boolean;
  shown: number;
  total: number;
  marked: number;
  sortLabel: string;
  isSortReversed: boolean;
  /** The engine is lost: the rows are the last it told, not what it holds now. */
  isStale: boolean;
}

/**
 * The line under a list: the `/` prompt while typing a filter; otherwise the filter in
 * force, how many rows show and are marked, and the sort.
 */
export function InfoLine(props: InfoLineProps) {
  const counts = `${props.shown} of ${props.total}`;

  if (props.isFiltering) {
    return (
      <Box>
        <Text color="cyan">/</Text>
        <Text wrap="truncate-start">{safeCell(props.filter)}</Text>
        <Text inverse> </Text>
        <Text dimColor> {counts}</Text>
      </Box>
    );
  }

  const parts = [
    props.filter ? null : counts,
    props.marked > 0 ? `${props.marked} marked` : null,
    `sort: ${props.sortLabel}${props.isSortReversed ? ' (reversed)' : ''}`,
  ].filter(Boolean);

  return (
    <Text wrap="truncate">
      {props.isStale ? (
        <Text color="yellow">stale, engine lost (Ctrl-R retries now) · </Text>
      ) : null}
      {props.filter ? (
        <Text>
          <Text color="cyan">filter: </Text>
          {safeCell(props.filter)}
          <Text dimColor> ({counts}, Esc clears) · </Text>
        </Text>
      ) : null}
      <Text dimColor>{parts.join(' · ')}</Text>
    </Text>
  );
}
