import { Box, Text } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import wrapAnsi from 'wrap-ansi';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import { safeLines } from '../../lib/safe-text.js';
import { maskSecrets } from '../../state/mask-secrets.js';
import { useSlot } from '../keys-router.js';
import { errorText } from './error-text.js';

export interface InspectTabProps {
  service: DockerService;
  container: ContainerInfo;
  width: number;
  height: number;
}

type Answer =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: string }
  | { kind: 'ready'; info: Record<string, unknown> };

/** The engine's full description of the container, with secrets masked until revealed. */
export function InspectTab({
  service,
  container,
  width,
  height,
}: InspectTabProps) {
  const [answer, setAnswer] = useState<Answer>({ kind: 'loading' });
  const [isRevealed, setRevealed] = useState(false);
  const [top, setTop] = useState(0);
  const rows = Math.max(1, height - 1);

  // Read again when the container changes state: its State block changes with it.
  useEffect(() => {
    let isCurrent = true;
    service.inspectContainer(container.id).then(
      (info) => isCurrent && setAnswer({ kind: 'ready', info }),
      (error: unknown) =>
        isCurrent && setAnswer({ kind: 'failed', reason: errorText(error) }),
    );

    return () => {
      isCurrent = false;
    };
  }, [service, container.id, container.status]);

  const lines = useMemo(() => {
    if (answer.kind !== 'ready') return [];
    const shown = isRevealed ? answer.info : maskSecrets(answer.info);

    // Long values (a 3 KB command, a path) wrap: this view is where their full text shows.
    return safeLines(JSON.stringify(shown, null, 2)).flatMap((line) =>
      wrapAnsi(line, Math.max(1, width), { hard: true, trim: false }).split(
        '\n',
      ),
    );
  }, [answer, isRevealed, width]);
  const maxTop = Math.max(0, lines.length - rows);
  const scroll = (to: number) => setTop(Math.min(maxTop, Math.max(0, to)));

  useSlot('inspect', {
    up: () => scroll(top - 1),
    down: () => scroll(top + 1),
    'page-up': () => scroll(top - rows),
    'page-down': () => scroll(top + rows),
    first: () => scroll(0),
    last: () => scroll(maxTop),
    reveal: () => setRevealed((shown) => !shown),
  });

  if (answer.kind !== 'ready') {
    return (
      <Text>
        {answer.kind === 'loading'
          ? 'reading…'
          : `Could not inspect: ${answer.reason}`}
      </Text>
    );
  }

  return (
    <Box flexDirection="column" height={height}>
      <Text dimColor wrap="truncate-end">
        lines {Math.min(top + 1, lines.length)}–
        {Math.min(top + rows, lines.length)} of {lines.length} · secrets{' '}
        {isRevealed ? 'shown (v masks)' : 'masked (v shows)'}
      </Text>
      {lines.slice(top, top + rows).map((line, index) => (
        <Text key={top + index} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
