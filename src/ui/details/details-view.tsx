import { Box, Text } from 'ink';
import { useEffect, useMemo } from 'react';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo } from '../../docker/types.js';
import { safeCell } from '../../lib/safe-text.js';
import type { Notice } from '../../state/use-tasks.js';
import { type DetailsFocus, type DetailsTab, useFocusStore } from '../focus.js';
import { useStateDetails } from '../containers/use-state-details.js';
import { useSlot } from '../keys-router.js';
import { InspectTab } from './inspect-tab.js';
import { LogsTab } from './logs-tab.js';
import { ProcessesTab } from './processes-tab.js';
import { stateLine, stateLineHeight } from './state-line.js';
import { StatsTab } from './stats-tab.js';

export const DETAILS_TABS: readonly DetailsTab[] = [
  'logs',
  'stats',
  'inspect',
  'processes',
];

export interface DetailsViewProps {
  service: DockerService;
  details: DetailsFocus;
  /** Undefined once the container is gone from the engine. */
  container: ContainerInfo | undefined;
  width: number;
  height: number;
  notify: (notice: Notice) => void;
  onShell: (container: ContainerInfo) => void;
  onHelp: () => void;
}

/**
 * Why the container is in its state, where the list cannot say it, read afresh when the
 * view opens: a start that failed raises no event, so the list may not know of it yet.
 */
function useStateLine(
  service: DockerService,
  container: ContainerInfo | undefined,
): string | null {
  const shown = useMemo(() => (container ? [container] : []), [container]);
  const { of, ask } = useStateDetails(service, shown);
  useEffect(() => ask(shown.map((c) => c.id)), [ask, shown]);

  return container ? stateLine({ ...container, detail: of(container) }) : null;
}

/** One container looked at closely: its logs, stats, inspect JSON and processes. */
export function DetailsView(props: DetailsViewProps) {
  const { details, container, width, height } = props;
  const focus = useFocusStore();
  const step = (delta: number) => () => {
    const index = DETAILS_TABS.indexOf(details.tab);
    const tab =
      DETAILS_TABS[(index + delta + DETAILS_TABS.length) % DETAILS_TABS.length];
    if (tab) focus.set({ details: { ...details, tab } });
  };

  useSlot('details', {
    close: () => focus.set({ details: null }),
    'tab-next': step(1),
    'tab-previous': step(-1),
    'container-shell': () => container && props.onShell(container),
    help: props.onHelp,
  });

  const why = useStateLine(props.service, container);
  const whyHeight = stateLineHeight(why, width);
  const body = height - 1 - whyHeight;
  const common = { service: props.service, width, height: body };

  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text wrap="truncate-end">
        <Text bold>{container ? safeCell(container.name) : 'gone'}</Text>
        {DETAILS_TABS.map((tab) => (
          <Text key={tab} inverse={tab === details.tab}>
            {'  '}
            {tab}
            {'  '}
          </Text>
        ))}
      </Text>
      {why === null ? null : (
        <Box height={whyHeight} overflow="hidden">
          <Text color="red">{safeCell(why)}</Text>
        </Box>
      )}
      {container ? (
        <Box height={body} flexDirection="column">
          {details.tab === 'logs' ? (
            <LogsTab
              {...common}
              container={container}
              isSearching={details.isSearching}
              notify={props.notify}
            />
          ) : null}
          {details.tab === 'stats' ? (
            <StatsTab {...common} container={container} />
          ) : null}
          {details.tab === 'inspect' ? (
            <InspectTab {...common} container={container} />
          ) : null}
          {details.tab === 'processes' ? (
            <ProcessesTab {...common} container={container} />
          ) : null}
        </Box>
      ) : (
        <Text>
          This container no longer exists on the engine. Esc goes back.
        </Text>
      )}
    </Box>
  );
}
