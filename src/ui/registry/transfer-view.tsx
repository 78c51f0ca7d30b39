import { Box, Text } from 'ink';
import { formatBytes } from '../../lib/format.js';
import { safeCell, safeLines } from '../../lib/safe-text.js';
import {
  type LayerProgress,
  type TransferState,
  totalBytes,
} from '../../state/transfer.js';
import type { Transfer } from '../../state/use-transfer.js';
import { useSlot } from '../keys-router.js';

const PHASE_TEXT: Record<TransferState['phase'], [string, string]> = {
  running: ['yellow', 'running · Esc cancels'],
  done: ['green', 'done · Esc closes'],
  failed: ['red', 'failed · Esc closes'],
  cancelled: ['yellow', 'cancelled · Esc closes'],
};

function layerText(layer: LayerProgress): string {
  const bytes =
    layer.total === null
      ? ''
      : ` ${formatBytes(layer.current)} / ${formatBytes(layer.total)}`;

  return `${safeCell(layer.id).padEnd(13)} ${safeCell(layer.status)}${bytes}`;
}

/** "2 layers · total 1.2 MB / 3 MB"; bytes only once the engine has counted some. */
function summaryText(state: TransferState): string {
  const count = state.layers.length;
  const layers = `${count} layer${count === 1 ? '' : 's'}`;
  const sum = totalBytes(state);

  return sum.total > 0
    ? `${layers} · total ${formatBytes(sum.current)} / ${formatBytes(sum.total)}`
    : layers;
}

export interface TransferViewProps {
  transfer: Transfer;
  height: number;
  onClose: () => void;
}

/**
 * A pull, push or build as it runs: each layer's bytes, the total, and the engine's other
 * lines (a build's output), newest last. Esc cancels while it runs and closes once it ended.
 */
export function TransferView({ transfer, height, onClose }: TransferViewProps) {
  const { state } = transfer;
  const isRunning = state?.phase === 'running';
  useSlot('transfer', {
    cancel: () => (isRunning ? transfer.cancel() : onClose()),
    close: () => (isRunning ? undefined : onClose()),
  });

  if (!state) return null;

  const [color, phase] = PHASE_TEXT[state.phase];
  const room = Math.max(1, height - 4);
  const layers = state.layers.slice(-Math.ceil(room / 2));
  const lines = state.lines
    .flatMap(safeLines)
    .slice(-Math.max(1, room - layers.length));

  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate">
        <Text bold>{safeCell(state.title)}</Text>{' '}
        <Text color={color}>{phase}</Text>
      </Text>
      {state.layers.length > 0 ? (
        <Text wrap="truncate">{summaryText(state)}</Text>
      ) : null}
      {layers.map((layer) => (
        <Text key={layer.id} wrap="truncate">
          {layerText(layer)}
        </Text>
      ))}
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate" dimColor>
          {line}
        </Text>
      ))}
      {state.error ? (
        <Text color="red" wrap="truncate">
          {safeCell(state.error)}
        </Text>
      ) : null}
    </Box>
  );
}
