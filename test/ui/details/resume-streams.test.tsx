import { type ReactNode, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogOptions } from '../../../src/docker/details-types.js';
import { sinceAfter } from '../../../src/docker/logs.js';
import { LinkContext, type LinkView } from '../../../src/ui/hooks/use-link.js';
import { LogsTab } from '../../../src/ui/details/logs-tab.js';
import { StatsTab } from '../../../src/ui/details/stats-tab.js';
import { container, createFakeService } from '../../support/fake-service.js';
import { type Rendered, renderInk } from '../../support/ink.js';
import { viewHarness } from '../../support/views.js';

/** A link whose state the test sets, as the engine loop would on loss and reconnect. */
function controlledLink() {
  let set: (link: LinkView) => void = () => undefined;
  function Provider({ children }: { children: ReactNode }) {
    const [link, setLink] = useState<LinkView>({ isLive: true, session: 1 });
    set = setLink;

    return <LinkContext.Provider value={link}>{children}</LinkContext.Provider>;
  }

  return { Provider, set: (link: LinkView) => set(link) };
}

const STAMP = '2026-12-04T07:00:00.000000005Z';

describe('streams of the details view over a lost engine', () => {
  let view: Rendered | undefined;
  afterEach(() => view?.unmount());

  it('goes on after the last log line held once the engine is back, without reading the history again', async () => {
    const service = createFakeService();
    const asked: LogOptions[] = [];
    const ends: (() => void)[] = [];
    service.followLogs = (_id, options, onChunk) => {
      asked.push(options);
      onChunk({
        stream: 'stdout',
        text:
          asked.length === 1
            ? `${STAMP} line one\n`
            : `${STAMP.replace(':00.', ':01.')} line two\n`,
      });
      return new Promise<void>((resolve) => ends.push(resolve));
    };
    const link = controlledLink();
    const { wrap } = viewHarness();
    view = renderInk(
      wrap(
        <link.Provider>
          <LogsTab
            service={service}
            container={container('web')}
            width={80}
            height={10}
            isSearching={false}
            notify={() => undefined}
          />
        </link.Provider>,
      ),
    );
    await view.waitFor('line one');

    ends[0]?.();
    link.set({ isLive: false, session: 1 });
    await view.waitFor('engine lost: following resumes when it is back');
    link.set({ isLive: true, session: 2 });
    const frame = await view.waitFor('line two');

    expect(asked).toEqual([
      { tail: 1000, timestamps: true },
      { tail: 20_000, timestamps: true, since: sinceAfter(STAMP) },
    ]);
    expect(frame.match(/line one/g)).toHaveLength(1);
    expect(frame).toContain('following · 2 lines held');
    expect(frame).not.toContain(STAMP);
  });

  it('opens the stats stream again on reconnect and keeps the last reading meanwhile', async () => {
    const service = createFakeService();
    let opened = 0;
    service.streamStats = async (_id, onSample) => {
      opened += 1;
      onSample({
        cpuPercent: opened,
        memoryUsage: 1,
        memoryLimit: 2,
        networkRx: 0,
        networkTx: 0,
        blockRead: 0,
        blockWrite: 0,
        pids: opened,
      });
    };
    const link = controlledLink();
    view = renderInk(
      <link.Provider>
        <StatsTab service={service} container={container('web')} width={80} />
      </link.Provider>,
    );
    await view.waitFor('1.0 %');

    link.set({ isLive: false, session: 1 });
    const lost = await view.waitFor('engine lost');
    link.set({ isLive: true, session: 2 });
    await view.waitFor('2.0 %');

    expect(lost).toContain('1.0 %');
    expect(opened).toBe(2);
  });
});
