import { Box, Text } from 'ink';
import type { EngineTarget } from '../../docker/connection.js';
import { isChoiceOf } from '../../docker/engines.js';
import { safeCell } from '../../lib/safe-text.js';
import { displayWidth, fitCell } from '../../lib/width.js';
import { type HostAnswer, answerText } from '../../state/hosts.js';
import { type HostsControl, useHosts } from './use-hosts.js';

export interface HostsViewProps {
  control: HostsControl;
  current: EngineTarget;
  isOpen: boolean;
  height: number;
  width: number;
}

const COLOURS: Record<HostAnswer['kind'], string | undefined> = {
  checking: 'yellow',
  answers: 'green',
  refuses: 'red',
  unusable: 'red',
};

/**
 * The engines to choose from (`H`): the default context, every docker context, and the
 * engines in dockhand's settings, each with whether it answers. Enter switches to one.
 */
export function HostsView(props: HostsViewProps) {
  const { control, current, isOpen, height, width } = props;
  const state = useHosts(control, current, isOpen);

  if (!isOpen) return null;

  // Columns as wide as their longest cell, within bounds, so the state keeps the rest.
  const widest = (cells: string[], floor: number, cap: number) =>
    Math.min(cap, Math.max(floor, ...cells.map(displayWidth)));
  const nameWidth = widest(
    state.choices.map((c) => c.name),
    4,
    24,
  );
  const addressWidth = widest(
    state.choices.map((c) => c.address),
    8,
    Math.floor(width * 0.4),
  );
  const room = Math.max(1, height - 3);
  const first = Math.max(0, state.cursor - room + 1);
  const row = (cells: [string, string, string]) =>
    `${fitCell(cells[0], 2)}${fitCell(cells[1], nameWidth)} ${fitCell(cells[2], addressWidth)} `;

  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Engines · Enter switches to one · Esc closes</Text>
      <Text bold wrap="truncate">
        {row(['', 'NAME', 'ENDPOINT'])}STATE
      </Text>
      {state.choices.slice(first, first + room).map((choice, offset) => {
        const index = first + offset;
        const answer = state.answers[index] ?? { kind: 'checking' };
        const inUse = isChoiceOf(choice, current) ? '●' : '';

        return (
          <Text
            key={`${choice.kind}:${choice.name}`}
            wrap="truncate"
            inverse={index === state.cursor}
          >
            {row([inUse, safeCell(choice.name), safeCell(choice.address)])}
            <Text color={COLOURS[answer.kind]}>
              {safeCell(answerText(answer))}
            </Text>
          </Text>
        );
      })}
      {state.problem ? (
        <Text color="red" wrap="truncate-end">
          {safeCell(state.problem)}
        </Text>
      ) : null}
    </Box>
  );
}
