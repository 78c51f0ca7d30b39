import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { ProcessList } from '../../docker/details-types.js';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import { safeCell } from '../../lib/safe-text.js';
import { displayWidth, fitCell } from '../../lib/width.js';
import { errorText } from './error-text.js';

/** How often the list is read again while it is on screen. */
const REFRESH_MS = 2000;

export interface ProcessesTabProps {
  service: DockerService;
  container: ContainerInfo;
  width: number;
  height: number;
}

/** The widest a column but the last may be: the command, last, has the rest of the row. */
const MAX_CELL = 12;

/**
 * The width of every column but the last: its widest cell, up to MAX_CELL; where that
 * leaves the command less than a third of the row, an equal share of the other two thirds.
 */
function columnWidths(rows: readonly string[][], width: number): number[] {
  const count = Math.max(0, (rows[0]?.length ?? 0) - 1);
  const natural = Array.from({ length: count }, (_, index) =>
    Math.min(
      MAX_CELL,
      Math.max(...rows.map((r) => displayWidth(safeCell(r[index] ?? '')))),
    ),
  );
  const used = natural.reduce((sum, cell) => sum + cell + 1, 0);
  if (used <= (width * 2) / 3) return natural;

  const share = Math.max(1, Math.floor((width * 2) / 3 / count) - 1);

  return natural.map((cell) => Math.min(cell, share));
}

/** The container's processes (`docker top`), read again every two seconds while shown. */
export function ProcessesTab(props: ProcessesTabProps) {
  const { service, container, width, height } = props;
  const [list, setList] = useState<ProcessList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isLive = container.state === 'running' || container.state === 'paused';

  useEffect(() => {
    if (!isLive) return undefined;

    let isCurrent = true;
    const read = () =>
      service.containerTop(container.id).then(
        (answer) => isCurrent && (setList(answer), setError(null)),
        (failure: unknown) => isCurrent && setError(errorText(failure)),
      );
    void read();
    const timer = setInterval(() => void read(), REFRESH_MS);

    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [service, container.id, isLive]);

  if (!isLive) {
    return (
      <Text>
        {safeCell(container.name)} is {container.state}: no processes run in it.
      </Text>
    );
  }
  if (error) return <Text color="red">Could not list processes: {error}</Text>;
  if (!list) return <Text dimColor>reading…</Text>;

  const widths = columnWidths([list.titles, ...list.processes], width);
  const row = (cells: string[]) =>
    cells
      .map((text, index) =>
        index === widths.length
          ? safeCell(text)
          : fitCell(safeCell(text), widths[index] ?? 0) + ' ',
      )
      .join('');

  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        {row(list.titles)}
      </Text>
      {list.processes.slice(0, height - 1).map((process, index) => (
        <Text key={index} wrap="truncate-end">
          {row(process)}
        </Text>
      ))}
    </Box>
  );
}
