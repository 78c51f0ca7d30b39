import { Box, Text } from 'ink';
import { useContext } from 'react';
import type { EngineInfo } from '../../docker/types.js';
import { formatAge } from '../../lib/format.js';
import { safeCell } from '../../lib/safe-text.js';
import type { LinkStatus } from '../../state/engine-store.js';
import { ClockContext } from '../hooks/use-clock.js';

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
  const product = engine
    ? `${engine.product} ${safeCell(engine.version)} (API ${engine.apiVersion})`
    : 'engine';

  // Two rows: the engine on the first, the panes on the second, so that neither is cut
  // short on an 80-column terminal.
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between" columnGap={2}>
        <Text wrap="truncate-middle">
          <Text bold color="cyan">
            dockhand
          </Text>
          <Text dimColor>
            {' '}
            {product} at {safeCell(props.address)} · {safeCell(props.context)}
          </Text>
        </Text>
        <Box flexShrink={0}>
          <Text color={color}>{state}</Text>
        </Box>
      </Box>
      <Text wrap="truncate">
        {PANES.map((pane) => (
          <Text
            key={pane.id}
            inverse={pane.id === props.pane}
            bold={pane.id === props.pane}
          >
            {` ${pane.key} ${pane.title}${countText(props.counts[pane.id])} `}
          </Text>
        ))}
        <Text dimColor> {props.running} running</Text>
      </Text>
    </Box>
  );
}
