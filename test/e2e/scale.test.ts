import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiLogProxy,
  startApiLogProxy,
} from '../support/api-log-proxy.js';
import {
  type ContainerSeed,
  createContainers,
  engineCall,
  loadImages,
} from '../support/scale.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

// C25 (shared/cases/C25.sh): an engine with 1,000 containers (20 running, 200 exited, the
// rest created) over 300 distinct images, on an engine of its own: dropping it whole is
// faster than removing 1,300 objects from the suite's engine.
const run = promisify(execFile);
const ENGINE = join(import.meta.dirname, '../../scripts/engine.sh');
const LABEL = 'dockhand.test=e2e-c25';
const CONTAINERS = 1000;
const RUNNING = 20;
const EXITED = 200;
const IMAGES = 300;
const ESC = '\u001b';
/** Rows of data on a 120x30 screen: the frame, less the chrome and the table's header. */
const PAGE = 23;

const nameOf = (i: number) => `e2e-c25-${String(i).padStart(4, '0')}`;
const imageOf = (i: number) =>
  `e2e-c25/img-${(i % IMAGES) + 1}:v${(i % IMAGES) + 1}`;

function seeds(): ContainerSeed[] {
  return Array.from({ length: CONTAINERS }, (_, index) => {
    const i = index + 1;
    const isRunning = i <= RUNNING;
    const isExited = !isRunning && i <= RUNNING + EXITED;

    return {
      name: nameOf(i),
      image: imageOf(i),
      command: isExited ? ['sh', '-c', `exit ${i % 4}`] : ['sleep', '100000'],
      labels: { 'dockhand.test': 'e2e-c25' },
      isStarted: isRunning || isExited,
    };
  });
}

/** The container name on the row under the cursor (the row drawn in inverse video). */
async function cursorRow(app: TmuxApp): Promise<string | undefined> {
  const inverse = new RegExp(`${ESC}\\[(?:\\d+;)*7(?:;\\d+)*m`);
  const row = (await app.screen({ withStyles: true }))
    .split('\n')
    .find((line) => line.includes('e2e-c25-') && inverse.test(line));

  return /e2e-c25-\d{4}/.exec(row ?? '')?.[0];
}

const namesOn = (screen: string) => screen.match(/e2e-c25-\d{4}/g) ?? [];
const socketOf = () => join(dir, 'docker.sock');

let dir: string;
let proxy: ApiLogProxy;
let app: TmuxApp | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dockhand-c25-'));
  await run('bash', [ENGINE, 'start', dir]);
  await loadImages(`unix://${socketOf()}`, 'e2e-c25', IMAGES, LABEL);
  await createContainers(socketOf(), seeds());
  proxy = await startApiLogProxy(join(dir, 'logged.sock'), socketOf());
}, 300_000);

afterEach(() => app?.kill());

afterAll(async () => {
  await proxy?.close();
  await run('bash', [ENGINE, 'stop', dir]);
  rmSync(dir, { recursive: true, force: true });
});

/** dockhand on the C25 engine, through the proxy that writes down its API calls. */
async function open(): Promise<TmuxApp> {
  app = await startApp({ env: { DOCKER_HOST: `unix://${proxy.socket}` } });
  await app.waitFor('e2e-c25-', 20_000);

  return app;
}

/** Waits until `calls` has not grown for `ms` (at most 20 s). */
async function quiet(calls: readonly unknown[], ms: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  let seen = -1;
  while (seen !== calls.length && Date.now() < deadline) {
    seen = calls.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/** dockhand sorted by name, so that row n is container n. */
async function openByName(): Promise<TmuxApp> {
  const opened = await open();
  await opened.keys('o');
  await opened.waitFor('sort: name');

  return opened;
}

describe('C25: a thousand containers and three hundred images', () => {
  it('counts them all in the header, the running ones apart', async () => {
    const screen = await (await open()).waitFor('20 running');

    expect(screen).toContain(`1 Containers ${CONTAINERS}`);
    // One row per tag: the 300 images and the base image.
    expect(screen).toContain(`2 Images ${IMAGES + 1}`);
    expect(screen).toContain(`${CONTAINERS} of ${CONTAINERS}`);
  });

  it('moves the cursor with j, k, PgDn, G and g, scrolling the rows', async () => {
    const shown = await openByName();

    await shown.keys('j', 'j', 'j');
    await expect.poll(() => cursorRow(shown)).toBe(nameOf(4));
    await shown.keys('k');
    await expect.poll(() => cursorRow(shown)).toBe(nameOf(3));
    await shown.keys('PPage', 'NPage');
    await expect.poll(() => cursorRow(shown)).toBe(nameOf(1 + PAGE - 1));
    await shown.keys('NPage');
    await expect.poll(() => cursorRow(shown)).toBe(nameOf(1 + 2 * (PAGE - 1)));
    await shown.keys('G');
    const bottom = await shown.waitFor(nameOf(CONTAINERS));
    await expect.poll(() => cursorRow(shown)).toBe(nameOf(CONTAINERS));
    await shown.keys('g');
    const top = await shown.waitFor(nameOf(1));
    await expect.poll(() => cursorRow(shown)).toBe(nameOf(1));

    expect(namesOn(bottom)).not.toContain(nameOf(1));
    expect(namesOn(bottom)).toHaveLength(PAGE);
    expect(namesOn(top)).toEqual(
      Array.from({ length: PAGE }, (_, i) => nameOf(i + 1)),
    );
  });

  it('narrows the list with / to exactly the rows that match, and Esc brings all back', async () => {
    const shown = await openByName();

    await shown.keys('/');
    await shown.type('img-7:');
    await shown.keys('Enter');
    const filtered = await shown.waitFor('filter: img-7:');
    await shown.keys('Escape');
    const all = await shown.waitFor(`${CONTAINERS} of ${CONTAINERS}`);

    // Container i runs image (i mod 300) + 1: img-7 is the image of 6, 306, 606 and 906.
    expect(namesOn(filtered)).toEqual([6, 306, 606, 906].map(nameOf));
    expect(filtered).toContain(`4 of ${CONTAINERS}`);
    expect(namesOn(all)).toHaveLength(PAGE);
  });

  it('switches panes, and each pane keeps its own filter', async () => {
    const shown = await openByName();
    await shown.keys('/');
    await shown.type('img-7:');
    await shown.keys('Enter');
    await shown.waitFor('filter: img-7:');

    await shown.keys('2');
    const images = await shown.waitFor(`${IMAGES + 1} of ${IMAGES + 1}`);
    await shown.keys('5');
    const networks = await shown.waitFor('host');
    await shown.keys('1');
    const back = await shown.waitFor('filter: img-7:');

    expect(images).toMatch(/e2e-c25\/img-\d+/);
    expect(networks).toContain('none');
    expect(namesOn(back)).toEqual([6, 306, 606, 906].map(nameOf));
  });

  it('reads each list once, inspects only rows on screen, and only pings while idle', async () => {
    const before = proxy.calls.length;
    const shown = await open();
    await shown.waitFor('20 running');
    // The rows on the first screen are inspected just after it is drawn: let that settle.
    await quiet(proxy.calls, 1000);
    const started = proxy.calls.slice(before).map((call) => call.path);
    // Longer than the screen's clock tick and the liveness ping (10 s each): a timer that
    // polled a list, sizes or stats at that pace or faster would ask within it.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const idle = proxy.calls
      .slice(before + started.length)
      .map((call) => call.path);
    await shown.keys('j', 'G', 'g', '2', '1');
    await shown.waitFor(`${CONTAINERS} of ${CONTAINERS}`);
    const all = proxy.calls.slice(before).map((call) => call.path);

    const matching = (paths: string[], pattern: RegExp) =>
      paths.filter((p) => pattern.test(p));
    expect(matching(started, /\/containers\/json/)).toHaveLength(1);
    expect(matching(started, /\/images\/json/)).toHaveLength(1);
    expect(matching(all, /size=(1|true)|\/system\/df|\/stats/)).toEqual([]);
    expect(idle.filter((p) => !p.endsWith('/_ping'))).toEqual([]);
    expect(matching(idle, /\/_ping$/).length).toBeLessThanOrEqual(2);
    // Rows the list leaves unclear (created, exited 137) are inspected once each, and only
    // when on screen: the first screen and the last one here, never the thousand.
    const inspects = matching(all, /\/containers\/[0-9a-f]{64}\/json/);
    expect(new Set(inspects).size).toBe(inspects.length);
    expect(inspects.length).toBeLessThanOrEqual(2 * 30);
  });

  it('shows a container that started from the event, reading that container alone', async () => {
    const shown = await open();
    await shown.waitFor('20 running');
    const before = proxy.calls.length;

    await engineCall(
      socketOf(),
      'POST',
      `/containers/${nameOf(CONTAINERS)}/start`,
    );
    await shown.waitFor('21 running');

    const paths = proxy.calls
      .slice(before)
      .map((call) => decodeURIComponent(call.path));
    expect(paths.filter((p) => p.includes('/containers/json'))).toEqual([
      expect.stringMatching(/filters=\{"id":\["[0-9a-f]{64}"\]\}/),
    ]);
  });
});
