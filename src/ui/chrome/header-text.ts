import { displayWidth } from '../../lib/width.js';

/** What the header's first row says of the engine, each part already made safe. */
export interface EngineWords {
  /** "docker 20.10.24", or "engine" before it answers. */
  product: string;
  /** "API 1.41", or null before the engine answers. */
  api: string | null;
  address: string;
  context: string;
}

/**
 * The engine's row in `width` cells: all of it when it fits, else the address moves to the
 * end, where a cut takes its tail, then the API version goes; so the product and the
 * context stay whole as long as they can.
 */
export function engineLine(words: EngineWords, width: number): string {
  const { product, api, address, context } = words;
  const withApi = api ? `${product} (${api})` : product;
  const whole = `dockhand ${withApi} at ${address} · ${context}`;
  if (displayWidth(whole) <= width) return whole;

  const beforeAddress = `dockhand ${withApi} · ${context}`;

  return displayWidth(beforeAddress) <= width
    ? `${beforeAddress} · ${address}`
    : `dockhand ${product} · ${context} · ${address}`;
}

/** How much the pane tabs say: counts and running containers go when they do not fit. */
export function tabsDetail(
  tabs: readonly { title: string; count?: number }[],
  running: string,
  width: number,
): { hasCounts: boolean; hasRunning: boolean } {
  const tabsWidth = (hasCounts: boolean) =>
    tabs.reduce(
      (sum, tab) =>
        sum +
        displayWidth(
          ` 0 ${tab.title}${hasCounts && tab.count !== undefined ? ` ${tab.count}` : ''} `,
        ),
      0,
    );

  if (tabsWidth(true) + displayWidth(running) <= width) {
    return { hasCounts: true, hasRunning: true };
  }

  return { hasCounts: tabsWidth(true) <= width, hasRunning: false };
}
