import { Box, Text } from 'ink';
import type { DockerService } from '../../docker/service.js';
import { formatBytes } from '../../lib/format.js';
import { fitCell } from '../../lib/width.js';
import { safeCell } from '../../lib/safe-text.js';
import { diskTotals, largestItems } from '../../state/disk-totals.js';
import { useFocusStore } from '../focus.js';
import { Working } from '../cleanup/working.js';
import { useSlot } from '../keys-router.js';
import { useDiskUsage } from './use-disk-usage.js';

export interface DiskViewProps {
  service: DockerService;
  isOpen: boolean;
  height: number;
  width: number;
}

/** Five cells a row: 12 wide, or 11 ("RECLAIMABLE", "build cache") on 60 columns. */
const rowOf = (width: number) => {
  const cell = Math.min(12, Math.floor((width + 1) / 5) - 1);

  return (cells: string[]) =>
    [
      fitCell(cells[0] ?? '', cell),
      ...cells.slice(1).map((text) => fitCell(text, cell, 'right')),
    ].join(' ');
};

/** Disk usage (`u`): totals, in use and reclaimable per kind, and the largest objects. */
export function DiskView({ service, isOpen, height, width }: DiskViewProps) {
  const focus = useFocusStore();
  const { stage, compute } = useDiskUsage(service, isOpen);

  useSlot('disk', {
    'disk-usage-refresh': compute,
    'cleanup-open': () => focus.set({ view: 'cleanup' }),
    close: () => focus.set({ view: null }),
  });

  if (!isOpen) return null;

  if (stage.name === 'computing' || stage.name === 'idle') {
    return (
      <Box height={height}>
        <Working
          startedAt={stage.name === 'computing' ? stage.startedAt : Date.now()}
          text="Computing disk usage"
          hint="the engine walks every image, container and volume"
        />
      </Box>
    );
  }

  if (stage.name === 'failed') {
    return (
      <Box height={height}>
        <Text color="red">
          Could not compute disk usage: {safeCell(stage.message)}
        </Text>
      </Box>
    );
  }

  const totals = diskTotals(stage.usage);
  const room = Math.max(0, height - totals.length - 4);
  const largest = largestItems(stage.usage, room);
  const row = rowOf(width);

  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">
        Disk usage · computed in {(stage.tookMs / 1000).toFixed(1)}s · r again ·
        c cleanup
      </Text>
      <Text bold>
        {row(['KIND', 'TOTAL', 'IN USE', 'SIZE', 'RECLAIMABLE'])}
      </Text>
      {totals.map((t) => (
        <Text key={t.kind}>
          {row([
            t.kind,
            String(t.count),
            String(t.active),
            formatBytes(t.size),
            formatBytes(t.reclaimable),
          ])}
        </Text>
      ))}
      <Text> </Text>
      <Text bold>{row(['LARGEST', 'SIZE', 'SHARED', 'IN USE'])} NAME</Text>
      {largest.map((item, index) => (
        <Text
          key={index}
          wrap="truncate"
          color={item.isInUse ? 'green' : undefined}
        >
          {row([
            item.kind,
            formatBytes(item.size),
            item.shared >= 0 ? formatBytes(item.shared) : '',
            item.isInUse ? 'yes' : 'no',
          ])}{' '}
          {safeCell(item.name)}
        </Text>
      ))}
    </Box>
  );
}
