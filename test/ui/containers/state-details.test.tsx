import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app.js';
import {
  type FakeService,
  container,
  createFakeService,
} from '../../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

const ROWS = 20;

const created = (name: string, minutes: number) =>
  container(name, {
    state: 'created',
    status: 'Created',
    statusSince: null,
    created: Math.floor(Date.now() / 1000) - minutes * 60,
  });

const exited137 = (name: string, minutes = 2) =>
  container(name, {
    state: 'exited',
    exitCode: 137,
    status: 'Exited (137) 2 minutes ago',
    created: Math.floor(Date.now() / 1000) - minutes * 60,
  });

/** A failed start and two kills, and under them 300 older killed containers. */
function engine(): FakeService {
  const service = createFakeService([
    created('never-started', 1),
    created('failed-start', 2),
    exited137('oom-killed'),
    exited137('killed'),
    container('running'),
    ...Array.from({ length: 300 }, (_, i) => exited137(`idle-${i}`, 10 + i)),
  ]);
  service.states.set(created('failed-start', 0).id, {
    exitCode: 127,
    error: 'exec: "/no/such/binary": stat /no/such/binary: no such file',
    isOomKilled: false,
    memoryLimit: 0,
  });
  service.states.set(exited137('oom-killed').id, {
    exitCode: 137,
    error: '',
    isOomKilled: true,
    memoryLimit: 8 * 1024 * 1024,
  });

  return service;
}

const lineOf = (frame: string, name: string) =>
  frame.split('\n').find((line) => line.includes(`${name} `)) ?? '';

describe('states the container list leaves ambiguous', () => {
  it('shows a failed start and an OOM kill apart from a container never started and a kill', async () => {
    const service = engine();
    view = renderInk(<App service={service} />, { columns: 120, rows: ROWS });

    const frame = await view.waitFor((f) => f.includes('OOM-killed (137)'));

    expect(lineOf(frame, 'failed-start')).toMatch(
      /failed \(127\)\s+Failed to start/,
    );
    expect(lineOf(frame, 'never-started')).toMatch(/created\s+Created/);
    expect(lineOf(frame, 'oom-killed')).toContain('OOM-killed (137)');
    expect(lineOf(frame, 'killed')).toContain('exited (137)');
  });

  it('inspects only the ambiguous rows on screen, and one again only when an event brings it anew', async () => {
    const service = engine();
    view = renderInk(<App service={service} />, { columns: 120, rows: ROWS });
    await view.waitFor((f) => f.includes('failed (127)'));
    const onScreen = service.stateReads.length;
    const failed = service.containers.find((c) => c.name === 'failed-start');
    if (!failed) throw new Error('no failed-start container');

    service.containers = service.containers.map((c) =>
      c === failed ? { ...c } : c,
    );
    service.emit({ scope: 'container', action: 'start', id: failed.id });
    await expect.poll(() => service.stateReads.length).toBe(onScreen + 1);

    // Only the ambiguous rows that fit on screen, not the 300 under them.
    expect(onScreen).toBeLessThan(ROWS);
    expect(new Set(service.stateReads).size).toBe(onScreen);
    expect(service.stateReads.at(-1)).toBe(failed.id);
  });

  it("gives the engine's reason for a failed start, and the memory limit of an OOM kill, in the details", async () => {
    const service = engine();
    view = renderInk(<App service={service} />, { columns: 120, rows: ROWS });
    await view.waitFor((f) => f.includes('failed (127)'));

    view.press('/', 'failed-start', KEYS.enter);
    await view.waitFor((f) => !f.includes('never-started'));
    view.press(KEYS.enter);
    const failed = await view.waitFor((f) => f.includes('Failed to start ('));
    view.press(KEYS.escape);
    await view.waitFor((f) => f.includes('filter: failed-start'));
    view.press('/', KEYS.escape, '/', 'oom-killed', KEYS.enter);
    await view.waitFor((f) => f.includes('filter: oom-killed'));
    view.press(KEYS.enter);
    const oom = await view.waitFor((f) => f.includes('OOM-killed (exit'));

    expect(failed).toContain(
      'Failed to start (exit 127): exec: "/no/such/binary": stat /no/such/binary',
    );
    expect(oom).toContain('its memory limit of 8 MiB.');
  });
});
