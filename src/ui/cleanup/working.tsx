import { Text } from 'ink';
import { useClock } from '../hooks/use-clock.js';

export interface WorkingProps {
  /** Unix ms when the work began. */
  startedAt: number;
  /** What is under way, such as "Computing disk usage". */
  text: string;
  /** Said after the seconds: why it takes long, how to stop it. */
  hint: string;
}

/** A line that counts the seconds while the engine works; the clock runs only while shown. */
export function Working({ startedAt, text, hint }: WorkingProps) {
  const now = useClock(1000);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));

  return (
    <Text color="yellow" wrap="truncate">
      ◌ {text}… {seconds}s ({hint})
    </Text>
  );
}
