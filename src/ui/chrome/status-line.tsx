import { Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';
import type { Notice } from '../../state/use-tasks.js';

export const TONE_COLORS: Record<Notice['tone'], string> = {
  info: 'yellow',
  success: 'green',
  error: 'red',
  hint: 'gray',
};

/** One line for the latest result or message; blank when there is none. */
export function StatusLine({ notice }: { notice: Notice | null }) {
  return (
    <Text wrap="truncate" color={notice ? TONE_COLORS[notice.tone] : undefined}>
      {notice ? safeCell(notice.text) : ' '}
    </Text>
  );
}
