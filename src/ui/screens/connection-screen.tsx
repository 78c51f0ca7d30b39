import { Box, Text } from 'ink';
import { useContext } from 'react';
import type { EngineTarget } from '../../docker/connection.js';
import type { LinkStatus } from '../../state/engine-store.js';
import { safeCell } from '../../lib/safe-text.js';
import { targetLabel } from '../chrome/target-label.js';
import { ClockContext } from '../hooks/use-clock.js';
import { describeFailure } from './describe-failure.js';

export interface ConnectionScreenProps {
  target: EngineTarget;
  link: LinkStatus;
}

/** Shown until the first connection succeeds: what was tried, why it failed, what to do. */
export function ConnectionScreen({ target, link }: ConnectionScreenProps) {
  const now = useContext(ClockContext);
  if (link.kind !== 'lost') {
    return (
      <Text>
        Connecting to {safeCell(target.address)} (
        {safeCell(targetLabel(target))})…
      </Text>
    );
  }

  const failure = describeFailure(link.error, target);
  const seconds = Math.max(0, Math.ceil((link.retryAt - now) / 1000));

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold color="red">
        {failure.title}
      </Text>
      <Text> </Text>
      <Text>{safeCell(failure.detail)}</Text>
      <Text> </Text>
      {failure.hints.map((hint) => (
        <Text key={hint}>• {hint}</Text>
      ))}
      <Text> </Text>
      <Text dimColor>
        Trying again in {seconds}s (attempt {link.attempt}) · q quits
      </Text>
    </Box>
  );
}
