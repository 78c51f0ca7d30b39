import { Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';
import type { Notice } from '../../state/use-tasks.js';

const COLORS: Record<Notice['tone'], string> = {
  info: 'yellow',
  success: 'green',
  error: 'red',
};

/** One line for the latest result or message; blank when there is none. */
export function StatusLine({ notice }: { notice: Notice | null }) {
  return (
    <Text wrap="truncate" color={notice ? COLORS[notice.tone] : undefined}>
      {notice ? safeCell(notice.text) : ' '}
    </Text>
  );
}
