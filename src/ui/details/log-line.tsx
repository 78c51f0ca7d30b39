import { Text } from 'ink';
import { parseSgr } from '../../lib/sgr.js';
import type { LogLine } from '../../state/log-lines.js';
import { highlight } from './highlight.js';

export interface LogLineProps {
  line: LogLine;
  query: string;
  isWrapped: boolean;
  /** Shows which stream a line came from (containers without a TTY). */
  hasGutter: boolean;
}

/** One log line with its own colours, search matches highlighted, stderr marked. */
export function LogLineView({
  line,
  query,
  isWrapped,
  hasGutter,
}: LogLineProps) {
  const parts = highlight(parseSgr(line.text), query);
  const isError = line.stream === 'stderr';

  return (
    <Text wrap={isWrapped ? 'wrap' : 'truncate-end'}>
      {hasGutter ? (
        <Text color={isError ? 'red' : 'gray'}>{isError ? '▌' : ' '}</Text>
      ) : null}
      {parts.map((part, index) => (
        <Text
          key={index}
          {...part.style}
          {...(part.isMatch
            ? { backgroundColor: 'yellow', color: 'black', inverse: false }
            : {})}
        >
          {part.text}
        </Text>
      ))}
    </Text>
  );
}
