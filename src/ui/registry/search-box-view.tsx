import { Box, Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';
import type { SearchQuery } from './actions.js';
import { where } from './search-box.js';

export interface SearchBoxViewProps {
  query: SearchQuery;
  isFocused: boolean;
  places: readonly string[];
}

/**
 * The search box's row: the place to search, as `[Docker Hub ▾]`, and the term. Focused, it
 * shows a cursor and which place of how many is chosen; otherwise how to reach it.
 */
export function SearchBoxView({
  query,
  isFocused,
  places,
}: SearchBoxViewProps) {
  const at = places.indexOf(query.registry) + 1;
  const count =
    at > 0 ? `${at} of ${places.length}` : `${places.length} places`;

  return (
    <Box>
      <Text color={isFocused ? 'cyan' : undefined} dimColor={!isFocused}>
        {isFocused ? '› ' : '  '}search{' '}
      </Text>
      <Text bold={isFocused}>[{safeCell(where(query.registry))} ▾]</Text>
      <Text dimColor>{isFocused ? ` ${count} (Tab) ` : ' '}</Text>
      <Box flexShrink={1}>
        <Text wrap="truncate-start">{safeCell(query.term)}</Text>
      </Box>
      {isFocused ? (
        <Text inverse> </Text>
      ) : (
        <Text dimColor wrap="truncate">
          {'  '}s or / to type
        </Text>
      )}
    </Box>
  );
}
