import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app.js';
import { CHOICES } from '../../../src/ui/cleanup/choices.js';
import { container, createFakeService } from '../../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

function start() {
  const service = createFakeService([
    container('alpha'),
    container('charlie', { state: 'exited', exitCode: 0 }),
  ]);
  view = renderInk(<App service={service} />, { columns: 120, rows: 30 });

  return { app: view, service };
}

const downTo = (id: string) =>
  Array.from({ length: CHOICES.findIndex((c) => c.id === id) }, () => 'j');

describe('the cleanup planner with a fake engine', () => {
  it('gives the label field every printable key, so 4, c, u and q neither switch nor quit', async () => {
    const { app } = start();
    await app.waitFor('alpha');
    app.press('c');
    await app.waitFor('Cleanup planner');

    app.press(...downTo('label'), KEYS.space);
    await app.waitFor('only with label: ▏');
    app.press('4', 'c', 'u', 'q');
    await app.waitFor('only with label: 4cuq▏');
    app.press(KEYS.enter);

    const frame = await app.waitFor(
      (f) => f.includes('label: 4cuq') && !f.includes('4cuq▏'),
    );
    expect(frame).toContain('Cleanup planner');
  });

  it('plans the stopped container only, and unmarking it leaves nothing to remove', async () => {
    const { app, service } = start();
    await app.waitFor('alpha');
    app.press('c');
    await app.waitFor('Cleanup planner');

    app.press(KEYS.enter);
    const plan = await app.waitFor('Plan: remove 1 of 1');
    app.press(KEYS.space);
    await app.waitFor('Plan: remove 0 of 1');
    app.press(KEYS.enter);

    expect(plan).toContain('charlie');
    expect(plan).not.toContain('alpha');
    expect(app.frame()).not.toContain('Remove 0 objects');
    expect(service.calls).toEqual([]);
  });

  it('removes the plan after one confirmation and reports the space', async () => {
    const { app, service } = start();
    await app.waitFor('alpha');
    app.press('c');
    await app.waitFor('Cleanup planner');

    app.press(KEYS.enter);
    await app.waitFor('Plan: remove 1 of 1 · 1 kB to reclaim');
    app.press(KEYS.enter);
    await app.waitFor('Remove 1 objects (1 container), 1 kB?');
    app.press('y');

    await app.waitFor('Cleanup done: removed 1 of 1 · reclaimed 1 kB');
    expect(service.calls).toEqual(['remove charlie']);
  });
});
