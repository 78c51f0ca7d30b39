import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { CHOICES } from '../../src/ui/cleanup/choices.js';
import {
  container,
  createFakeService,
  image,
} from '../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

/** The smallest terminal dockhand draws in. */
const COLUMNS = 60;
const ROWS = 15;

function start() {
  const service = createFakeService(
    [
      container('alpha'),
      container('charlie', { state: 'exited', exitCode: 0 }),
    ],
    [image('aaa', { repoTags: ['shop/web:1.0'] })],
  );
  view = renderInk(<App service={service} />, { columns: COLUMNS, rows: ROWS });

  return view;
}

/** The frame fits the terminal: no line wider, and a row to spare below. */
function expectFits(frame: string) {
  const lines = frame.split('\n');

  expect(lines.length).toBeLessThan(ROWS);
  expect(
    Math.max(...lines.map((line) => stringWidth(line))),
  ).toBeLessThanOrEqual(COLUMNS);
}

describe('dockhand on a 60x15 terminal', () => {
  it('shows every choice of the cleanup planner on a line of its own', async () => {
    const app = start();
    await app.waitFor('charlie');

    app.press('c');
    const frame = await app.waitFor('Cleanup planner');
    const lines = frame.split('\n').map((line) => line.trim());

    expectFits(frame);
    for (const { label } of CHOICES.slice(0, -2)) {
      expect(lines).toContainEqual(expect.stringMatching(/^\[[ x]\] /));
      expect(lines.filter((l) => l.endsWith(label.trim()))).toHaveLength(1);
    }
    expect(frame).toContain('only with label:');
  });

  it('keeps the disk usage table on one line a row', async () => {
    const app = start();
    await app.waitFor('charlie');

    app.press('u');
    const frame = await app.waitFor('RECLAIMABLE');

    expectFits(frame);
    expect(frame).toMatch(/^KIND +TOTAL +IN USE +SIZE +RECLAIMABLE$/m);
    expect(frame).toContain('Disk usage · computed');
  });

  it('keeps every pane tab whole', async () => {
    const app = start();

    const frame = await app.waitFor('charlie');

    expectFits(frame);
    expect(frame).toContain('5 Networks');
  });

  it('fits the help, the details view and the run form', async () => {
    const app = start();
    await app.waitFor('charlie');

    app.press('?');
    const help = await app.waitFor('Keys here first');
    app.press(KEYS.escape);
    await app.waitFor('charlie');
    app.press(KEYS.enter);
    const details = await app.waitFor('processes');
    app.press(KEYS.escape);
    await app.waitFor('charlie');
    app.press('2');
    await app.waitFor('shop/web');
    app.press('r');
    const run = await app.waitFor('Run a container');

    expectFits(help);
    expectFits(details);
    expectFits(run);
    expect(run).toContain('Run a container from shop/web:1.0');
    expect(run).toContain('environment');
    expect(run).toContain('interactive');
  });

  it('fits a confirmation and a prompt', async () => {
    const app = start();
    await app.waitFor('charlie');

    app.press('d');
    const confirm = await app.waitFor('Remove 1 container');
    app.press('n');
    await app.waitFor((f) => !f.includes('Remove 1 container'));
    app.press('3');
    await app.waitFor('› search');
    app.press(KEYS.escape);
    await app.waitFor((f) => !f.includes('Enter search '));
    app.press('L');
    const prompt = await app.waitFor('Log in to a registry');

    expectFits(confirm);
    expectFits(prompt);
    expect(prompt).toContain('registry');
  });
});
