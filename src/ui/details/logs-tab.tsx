import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import type { ContainerInfo } from '../../docker/types.js';
import { isPrintable } from '../../keys/key-name.js';
import { logFileName, saveLines } from '../../lib/save-text.js';
import { plainText } from '../../lib/sgr.js';
import { safeCell } from '../../lib/safe-text.js';
import type { Notice } from '../../state/use-tasks.js';
import type { DockerService } from '../../docker/service.js';
import { useFocusStore } from '../focus.js';
import { useSlot } from '../keys-router.js';
import { LogLineView } from './log-line.js';
import { boundsOf, countMatches } from './log-search.js';
import {
  TAIL_SIZES,
  initialLogView,
  logViewReducer,
} from './log-view-state.js';
import { statusText } from './log-status.js';
import { visibleSeqs } from './log-window.js';
import { useLogStream } from './use-log-stream.js';

export interface LogsTabProps {
  service: DockerService;
  container: ContainerInfo;
  width: number;
  height: number;
  isSearching: boolean;
  notify: (notice: Notice) => void;
  /** Where `w` saves the log; the current folder unless told. */
  saveFolder?: string;
}

/** The logs of one container: the last lines first, then followed live. */
export function LogsTab(props: LogsTabProps) {
  const { service, container, width, height } = props;
  const focus = useFocusStore();
  const [view, dispatch] = useReducer(logViewReducer, initialLogView);
  const tail = TAIL_SIZES[view.tailIndex] ?? 'all';
  const options = useMemo(
    () => ({ tail, timestamps: view.hasTimestamps }),
    [tail, view.hasTimestamps],
  );
  const logs = useLogStream(
    service,
    container.id,
    options,
    container.state === 'running',
  );
  const { buffer } = logs;
  const rows = Math.max(1, height - 1);
  const bounds = boundsOf(buffer);
  const seqs = visibleSeqs(buffer, view, rows, Math.max(1, width - 1));
  const matchCount = useMemo(
    () => countMatches(buffer, view.query),
    // the buffer changes in place; its version says when
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [buffer, logs.version, view.query],
  );
  const setSearching = (isSearching: boolean) => {
    const details = focus.get().details;
    if (details) focus.set({ details: { ...details, isSearching } });
  };
  const jump = (direction: -1 | 1) =>
    dispatch({ type: 'find', direction, buffer });
  const save = async () => {
    const lines = buffer.toArray().map((line) => plainText(line.text));
    try {
      const path = await saveLines(
        props.saveFolder ?? process.cwd(),
        logFileName(container.name),
        lines,
      );
      props.notify({
        tone: 'success',
        text: `Saved ${lines.length} ${lines.length === 1 ? 'line' : 'lines'} to ${path}`,
      });
    } catch (error) {
      props.notify({
        tone: 'error',
        text: `Could not save the log: ${String(error)}`,
      });
    }
  };

  useSlot('logs', {
    up: () => dispatch({ type: 'scroll', delta: -1, bounds }),
    down: () => dispatch({ type: 'scroll', delta: 1, bounds }),
    'page-up': () => dispatch({ type: 'scroll', delta: -rows, bounds }),
    'page-down': () => dispatch({ type: 'scroll', delta: rows, bounds }),
    first: () => dispatch({ type: 'top', bounds, rows }),
    last: () => dispatch({ type: 'follow' }),
    search: () => setSearching(true),
    'search-next': () => jump(-1),
    'search-previous': () => jump(1),
    'toggle-timestamps': () => dispatch({ type: 'toggle-timestamps' }),
    'toggle-wrap': () => dispatch({ type: 'toggle-wrap' }),
    'tail-more': () => dispatch({ type: 'tail-more' }),
    save: () => void save(),
  });
  useSlot(
    'log-search',
    {
      confirm: () => {
        setSearching(false);
        jump(-1);
      },
      cancel: () => {
        dispatch({ type: 'query-clear' });
        setSearching(false);
      },
    },
    (input, name) => {
      if (name === 'backspace') dispatch({ type: 'query-erase' });
      else if (isPrintable(input))
        dispatch({ type: 'query-type', text: input });
    },
  );

  const hasGutter = buffer.at(bounds.last)?.stream !== 'tty';

  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate-end" dimColor={!props.isSearching}>
        {props.isSearching
          ? `/${safeCell(view.query)}▏`
          : statusText(logs.status, logs.error, view, buffer.length, tail)}
        {view.query !== ''
          ? `  ${matchCount} matching line${matchCount === 1 ? '' : 's'}`
          : ''}
      </Text>
      <Box flexDirection="column" height={rows} overflow="hidden">
        {seqs.map((seq) => {
          const line = buffer.at(seq);

          return line ? (
            <LogLineView
              key={seq}
              line={line}
              query={view.query}
              isWrapped={view.isWrapped}
              hasGutter={hasGutter}
            />
          ) : null;
        })}
      </Box>
    </Box>
  );
}
