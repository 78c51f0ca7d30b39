import { Box, Text } from 'ink';
import { useContext, useMemo } from 'react';
import type { DockerService } from '../../docker/service.js';
import { formatBytes } from '../../lib/format.js';
import { safeCell } from '../../lib/safe-text.js';
import { itemsToRemove, plannedBytes } from '../../state/cleanup-plan.js';
import type { Confirmation } from '../dialogs/confirmation.js';
import { ClockContext } from '../hooks/use-clock.js';
import { Table } from '../table/table.js';
import { buildView } from '../table/view-rows.js';
import type { Stage } from './cleanup-state.js';
import { ChooseView } from './choose-view.js';
import { planColumns } from './plan-columns.js';
import { ResultView } from './result-view.js';
import { useCleanup } from './use-cleanup.js';
import { Working } from './working.js';

const NO_PENDING: ReadonlyMap<string, string> = new Map();

export interface CleanupViewProps {
  service: DockerService;
  onConfirm: (confirmation: Confirmation) => void;
  isOpen: boolean;
  height: number;
  width: number;
}

function PlanView({
  stage,
  height,
  width,
}: {
  stage: Extract<Stage, { name: 'plan' }>;
  height: number;
  width: number;
}) {
  const going = useMemo(
    () => itemsToRemove(stage.items, stage.unmarked),
    [stage.items, stage.unmarked],
  );
  const marks = useMemo(() => new Set(going.map((i) => i.key)), [going]);
  const rows = useMemo(
    () =>
      buildView(stage.items, {
        keyOf: (item) => item.key,
        columns: planColumns,
        sort: undefined,
        isSortReversed: false,
        filter: '',
      }),
    [stage.items],
  );
  const stays = stage.items.length - going.length;
  const now = useContext(ClockContext);

  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">
        Plan: remove {going.length} of {stage.items.length} ·{' '}
        {formatBytes(plannedBytes(going))} to reclaim
        {stays > 0
          ? ` · ${stays} kept (unmarked, or used by a kept container)`
          : ''}
      </Text>
      <Table
        columns={planColumns}
        rows={rows}
        cursor={stage.cursor}
        offset={stage.offset}
        height={Math.max(1, height - 2)}
        width={width}
        marks={marks}
        now={now}
        pending={NO_PENDING}
        statusColumn={2}
        colorOf={(item) => (marks.has(item.key) ? undefined : 'gray')}
        emptyText="nothing to clear for these choices: Esc to change them"
      />
    </Box>
  );
}

/** The cleanup planner (`c`): choose, see the plan, unmark, confirm once, see the result. */
export function CleanupView(props: CleanupViewProps) {
  const { height, width } = props;
  const state = useCleanup(
    props.service,
    props.onConfirm,
    Math.max(1, height - 3),
  );
  const { stage } = state;

  if (!props.isOpen) return null;

  switch (stage.name) {
    case 'choose':
      return (
        <Box height={height}>
          <ChooseView
            choices={state.choices}
            cursor={stage.cursor}
            isEditingLabel={stage.isEditingLabel}
            height={height}
          />
        </Box>
      );
    case 'scanning':
      return (
        <Box height={height}>
          <Working
            startedAt={stage.startedAt}
            text="Computing disk usage"
            hint="the engine walks every image, container and volume; Esc stops"
          />
        </Box>
      );
    case 'plan':
      return <PlanView stage={stage} height={height} width={width} />;
    case 'running':
      return (
        <Box height={height}>
          <Text color="yellow">
            Removing… {stage.done} of {stage.total}
          </Text>
        </Box>
      );
    case 'done':
      return <ResultView result={stage.result} height={height} />;
    case 'failed':
      return (
        <Box height={height}>
          <Text color="red" wrap="truncate">
            Could not make the plan: {safeCell(stage.message)} · Esc closes
          </Text>
        </Box>
      );
  }
}
