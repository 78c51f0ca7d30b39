import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { StatsSample } from '../../docker/details-types.js';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import { formatBytes } from '../../lib/format.js';
import { safeCell } from '../../lib/safe-text.js';
import { sparkline } from '../../lib/sparkline.js';
import { useLink } from '../hooks/use-link.js';
import { errorText } from './error-text.js';

/** Readings kept for the graphs: about a minute at one a second. */
const HISTORY = 60;

export interface StatsTabProps {
  service: DockerService;
  container: ContainerInfo;
  width: number;
}

/**
 * Live resource use of the container on screen, with small graphs. The stats stream runs
 * only while this tab shows a running or paused container, and opens again when the engine
 * comes back after it was lost (the graphs keep what they had).
 */
export function StatsTab({ service, container, width }: StatsTabProps) {
  const [samples, setSamples] = useState<StatsSample[]>([]);
  const [error, setError] = useState<string | null>(null);
  const isLive = container.state === 'running' || container.state === 'paused';
  const link = useLink();

  useEffect(() => setSamples([]), [container.id]);

  useEffect(() => {
    setError(null);
    if (!isLive) return undefined;

    const controller = new AbortController();
    service
      .streamStats(
        container.id,
        (sample) => setSamples((old) => [...old.slice(1 - HISTORY), sample]),
        controller.signal,
      )
      .catch((failure: unknown) => setError(errorText(failure)));

    return () => controller.abort();
  }, [service, container.id, isLive, link.session]);

  if (!isLive) {
    return (
      <Text>
        {safeCell(container.name)} is {container.state}: it uses no CPU or
        memory now, so there are no live stats. Start it (s in the list) to see
        them.
      </Text>
    );
  }

  const last = samples.at(-1);
  // A stream the lost engine took with it is no failure of this container's.
  if (error && link.isLive) {
    return <Text color="red">Could not read stats: {error}</Text>;
  }

  if (!last) return <Text dimColor>waiting for the first reading…</Text>;

  const graph = (pick: (s: StatsSample) => number, max?: number) =>
    sparkline(
      samples.map(pick),
      Math.max(10, Math.min(HISTORY, width - 40)),
      max,
    );
  const memoryShare =
    last.memoryLimit > 0 ? (last.memoryUsage / last.memoryLimit) * 100 : 0;

  return (
    <Box flexDirection="column">
      {link.isLive ? null : (
        <Text color="yellow">
          engine lost: the last reading stays until it is back, then the stats
          go on.
        </Text>
      )}
      {container.state === 'paused' ? (
        <Text color="yellow">
          paused: its processes are frozen, so CPU stays at 0 until it is
          unpaused.
        </Text>
      ) : null}
      <Row
        label="CPU"
        value={`${last.cpuPercent.toFixed(1)} %`}
        graph={graph((s) => s.cpuPercent)}
      />
      <Row
        label="memory"
        value={`${formatBytes(last.memoryUsage)} / ${formatBytes(last.memoryLimit)} (${memoryShare.toFixed(1)} %)`}
        graph={graph((s) => s.memoryUsage, last.memoryLimit || undefined)}
      />
      <Row
        label="network"
        value={`↓ ${formatBytes(last.networkRx)}  ↑ ${formatBytes(last.networkTx)}`}
        graph={graph((s) => s.networkRx + s.networkTx)}
      />
      <Row
        label="block I/O"
        value={`read ${formatBytes(last.blockRead)}  write ${formatBytes(last.blockWrite)}`}
        graph={graph((s) => s.blockRead + s.blockWrite)}
      />
      <Row
        label="PIDs"
        value={String(last.pids)}
        graph={graph((s) => s.pids)}
      />
    </Box>
  );
}

function Row({
  label,
  value,
  graph,
}: {
  label: string;
  value: string;
  graph: string;
}) {
  return (
    <Text wrap="truncate-end">
      <Text bold>{label.padEnd(10)}</Text>
      {value.padEnd(36)} <Text color="cyan">{graph}</Text>
    </Text>
  );
}
