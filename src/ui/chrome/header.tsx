import { Box, Text } from 'ink';
import { useContext } from 'react';
import type { EngineInfo } from '../../docker/types.js';
import { formatAge } from '../../lib/format.js';
import { safeCell } from '../../lib/safe-text.js';
import { displayWidth } from '../../lib/width.js';
import type { LinkStatus } from '../../state/engine-store.js';
import { ClockContext } from '../hooks/use-clock.js';
import { engineLine, tabsDetail } from './header-text.js';

export type PaneId =
  | 'containers'
  | 'images'
  | 'registry'
  | 'volumes'
  | 'networks';

export const PANES: readonly { id: PaneId; title: string; key: string }[] = [
  { id: 'containers', title: 'Containers', key: '1' },
  { id: 'images', title: 'Images', key: '2' },
  { id: 'registry', title: 'Registry', key: '3' },
  { id: 'volumes', title: 'Volumes', key: '4' },
  { id: 'networks', title: 'Networks', key: '5' },
];

export interface HeaderProps {
  engine: EngineInfo | null;
  address: string;
  /** Which context or engine of dockhand's settings this is (see targetLabel). */
  context: string;
  link: LinkStatus;
  /** When the lists on screen stopped being live (ms), or null. */
  staleSince: number | null;
  pane: PaneId;
  /** Panes that count objects; the registry pane counts none. */
  counts: Partial<Record<PaneId, number>>;
  running: number;
  /** The terminal's width: what does not fit goes, least needed first. */
  width: number;
}

function linkText(
  link: LinkStatus,
  staleSince: number | null,
  now: number,
): [string, string] {
  const ago =
    staleSince === null ? '' : ` ${formatAge(staleSince / 1000, now)} ago`;

  switch (link.kind) {
    case 'live':
      return ['green', '● live'];
    case 'connecting':
      return link.attempt === 0
        ? ['yellow', '◌ connecting']
        : ['yellow', `◌ engine lost${ago} · reconnecting, try ${link.attempt}`];
    case 'lost': {
      const seconds = Math.max(0, Math.ceil((link.retryAt - now) / 1000));
      return [
        'red',
        `✕ engine lost${ago} · retry ${link.attempt} in ${seconds}s`,
      ];
    }
  }
}

const COLUMN_GAP = 2;

const countText = (count: number | undefined) =>
  count === undefined ? '' : ` ${count}`;

/** The engine in use, its link state, and the pane tabs with their counts. */
export function Header(props: HeaderProps) {
  const { engine } = props;
  const [color, state] = linkText(
    props.link,
    props.staleSince,
    useContext(ClockContext),
  );
  const line = engineLine(
    {
      product: engine
        ? `${engine.product} ${safeCell(engine.version)}`
        : 'engine',
      api: engine ? `API ${engine.apiVersion}` : null,
      address: safeCell(props.address),
      context: safeCell(props.context),
    },
    props.width - displayWidth(state) - COLUMN_GAP,
  );
  const running = ` ${props.running} running`;
  const tabs = PANES.map((pane) => ({
    ...pane,
    count: props.counts[pane.id],
  }));
  const detail = tabsDetail(tabs, running, props.width);

  // Two rows: the engine on the first, the panes on the second, so that neither is cut
  // short on an 80-column terminal.
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between" columnGap={COLUMN_GAP}>
        <Text wrap="truncate-end">
          <Text bold color="cyan">
            dockhand
          </Text>
          <Text dimColor>{line.slice('dockhand'.length)}</Text>
        </Text>
        <Box flexShrink={0}>
          <Text color={color}>{state}</Text>
        </Box>
      </Box>
      <Text wrap="truncate">
        {tabs.map((pane) => (
          <Text
            key={pane.id}
            inverse={pane.id === props.pane}
            bold={pane.id === props.pane}
          >
            {` ${pane.key} ${pane.title}${detail.hasCounts ? countText(pane.count) : ''} `}
          </Text>
        ))}
        {detail.hasRunning ? <Text dimColor>{running}</Text> : null}
      </Text>
    </Box>
  );
}
