import { afterEach, describe, expect, it } from 'vitest';
import { ProcessesTab } from '../../../src/ui/details/processes-tab.js';
import { container, createFakeService } from '../../support/fake-service.js';
import { type Rendered, renderInk } from '../../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

const TITLES = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];
const COMMAND = 'sh -c while true; do date; sleep 2; done';

describe('the processes tab', () => {
  it('sizes the columns to their cells and gives the command the rest of the row', async () => {
    const service = createFakeService();
    service.containerTop = async () => ({
      titles: TITLES,
      processes: [
        ['root', '14708', '14667', '0', '08:06', '?', '00:00:00', COMMAND],
      ],
    });

    view = renderInk(
      <ProcessesTab
        service={service}
        container={container('ticker')}
        width={80}
        height={5}
      />,
      { columns: 80, rows: 10 },
    );
    const frame = await view.waitFor('14708');

    expect(frame).toContain(COMMAND);
    expect(frame).toMatch(/^UID +PID +PPID +C +STIME +TTY +TIME +CMD/m);
  });

  it('keeps the numbers whole on 60 columns and cuts the command instead', async () => {
    const service = createFakeService();
    service.containerTop = async () => ({
      titles: TITLES,
      processes: [
        ['root', '14708', '14667', '0', '08:06', '?', '00:00:00', COMMAND],
      ],
    });

    view = renderInk(
      <ProcessesTab
        service={service}
        container={container('ticker')}
        width={60}
        height={5}
      />,
      { columns: 60, rows: 10 },
    );
    const frame = await view.waitFor('root');

    expect(frame).toMatch(
      /root +14708 +14667 +0 +08:06 +\? +00:00:00 +sh -c while/,
    );
  });
});
