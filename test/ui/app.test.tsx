import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import {
  type FakeService,
  container,
  createFakeService,
  image,
} from '../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

function start(service: FakeService, columns = 120, rows = 30) {
  view = renderInk(<App service={service} />, { columns, rows });

  return view;
}

const lines = (frame: string) => frame.split('\n');
const cursorLine = (frame: string, name: string) =>
  lines(frame).find((line) => line.includes(name)) ?? '';

const minutesAgo = (minutes: number) =>
  Math.floor(Date.now() / 1000) - minutes * 60;

function threeContainers() {
  return createFakeService([
    container('alpha', { created: minutesAgo(1) }),
    container('bravo', { created: minutesAgo(2) }),
    container('charlie', {
      created: minutesAgo(3),
      state: 'exited',
      exitCode: 0,
      status: 'Exited (0) 2 minutes ago',
    }),
  ]);
}

describe('the app with a fake engine', () => {
  it('lists running containers first, newest first, and switches to images with 2', async () => {
    const service = createFakeService(
      [
        container('old-stopped', {
          state: 'exited',
          exitCode: 1,
          created: minutesAgo(9),
        }),
        container('young-running', { created: minutesAgo(1) }),
        container('old-running', { created: minutesAgo(5) }),
      ],
      [image('aaa', { repoTags: ['shop/web:1.0', 'shop/web:latest'] })],
    );
    const app = start(service);

    const frame = await app.waitFor('old-stopped');
    const order = ['young-running', 'old-running', 'old-stopped'].map((n) =>
      frame.indexOf(n),
    );
    app.press('2');
    const images = await app.waitFor('REPOSITORY');

    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(frame).toContain('exited (1)');
    expect(images).toContain('shop/web');
    expect(images).toContain('latest');
  });

  it('acts on the row the cursor reached when keys arrive in one burst', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('jjd');
    const frame = await app.waitFor('Remove 1 container');
    app.press('y');
    await app.waitFor('Removed charlie');

    expect(frame).toMatch(/Remove 1 container[\s\S]*charlie/);
    expect(service.calls).toEqual(['remove charlie']);
  });

  it('asks before removing and does nothing when the answer is no', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('alpha');

    app.press('d');
    await app.waitFor('Remove 1 container');
    app.press('n');
    await app.waitFor((f) => !f.includes('Remove 1 container'));

    expect(service.calls).toEqual([]);
    expect(app.frame()).toContain('alpha');
  });

  it('removes the marked rows together and reports each result', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press(KEYS.space, KEYS.space, 'd');
    const question = await app.waitFor('Remove 2 containers');
    app.press('y');
    const report = await app.waitFor('Removed: 2 of 2');

    expect(question).toContain('alpha');
    expect(question).toContain('bravo');
    expect(service.calls.sort()).toEqual(['remove alpha', 'remove bravo']);
    expect(report).toContain('charlie');
  });

  it('forgets the mark of a container removed meanwhile', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');
    app.press(KEYS.space, KEYS.space);
    await app.waitFor('2 marked');
    const [alpha] = service.containers;
    if (!alpha) throw new Error('no alpha');

    service.containers = service.containers.slice(1);
    service.emit({ scope: 'container', action: 'destroy', id: alpha.id });
    const frame = await app.waitFor('1 marked');

    expect(frame).not.toContain('alpha');
  });

  it('filters as one types, keeps the filter on Enter and clears it on Esc', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('/', 'b', 'r');
    const typing = await app.waitFor((f) => !f.includes('alpha'));
    app.press(KEYS.enter);
    const kept = await app.waitFor('filter: br');
    app.press(KEYS.escape);
    const cleared = await app.waitFor('alpha');

    expect(typing).toContain('bravo');
    expect(kept).not.toContain('charlie');
    expect(cleared).toContain('charlie');
  });

  it('gives every printable key to the filter prompt while it is open', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('/', 'qd2?');
    const frame = await app.waitFor('/qd2?');

    expect(frame).toContain('nothing matches the filter');
    expect(frame).not.toContain('REPOSITORY');
    expect(frame).not.toContain('Remove');
    expect(service.calls).toEqual([]);
  });

  it('shows help drawn from the keymap and keeps list keys away while it is open', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('?');
    const first = await app.waitFor('Keys');
    app.press(KEYS.pageDown);
    const next = await app.waitFor((f) => / 2\/\d+, ↑ ↓ turn/.test(f));
    const help = first + next;
    app.press('d');
    app.press(KEYS.escape);
    await app.waitFor('charlie');

    expect(help).toContain('force remove');
    expect(help).toContain('sort by next column');
    expect(app.frame()).not.toContain('Remove 1 container');
  });

  it('stays responsive while a slow stop runs, and shows it on the row', async () => {
    const service = threeContainers();
    let release = () => {};
    service.hold = new Promise<void>((resolve) => (release = resolve));
    const app = start(service);
    await app.waitFor('charlie');

    app.press('s');
    const busy = await app.waitFor('stopping…');
    app.press('j');
    await app.waitFor(() =>
      cursorLine(app.styledFrame(), 'bravo').includes('\u001b[7m'),
    );
    const moved = app.frame();
    release();
    await app.waitFor('Stopped alpha');

    expect(cursorLine(busy, 'alpha')).toContain('stopping…');
    expect(moved).toContain('stopping…');
  });

  it('draws only the visible rows of a 10,000-row list and reaches the end with G', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      container(`c-${String(i).padStart(5, '0')}`, { created: minutesAgo(i) }),
    );
    const app = start(createFakeService(many), 100, 30);
    const first = await app.waitFor('c-00000');

    app.press('G');
    const last = await app.waitFor('c-09999');

    expect(lines(first).length).toBeLessThan(30);
    expect(first).not.toContain('c-09999');
    expect(last).toContain('10000 of 10000');
  });

  it('drops columns rather than wrapping on a narrow terminal', async () => {
    const service = createFakeService([
      container('a-very-long-container-name-that-goes-on-and-on', {
        ports: '127.0.0.1:8080->80/tcp',
        project: 'shop',
      }),
    ]);
    const app = start(service, 60, 20);

    const frame = await app.waitFor('NAME');
    const widths = lines(frame).map((line) => stringWidth(line));

    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(frame).not.toContain('PROJECT');
    expect(frame).toContain('…');
  });

  it('says the terminal is too small below 60x15 and comes back on resize', async () => {
    const app = start(threeContainers(), 50, 10);
    const small = await app.waitFor('Terminal too small');

    app.resize(100, 30);
    const back = await app.waitFor('charlie');

    expect(small).toContain('60×15');
    expect(back).toContain('alpha');
  });

  it('shows escape sequences from the engine inert', async () => {
    const service = createFakeService([
      container('evil', {
        image: 'x\u001b]0;PWNED\u0007\u001b[2Jy',
        ports: '\u009b31mC1',
      }),
    ]);
    const app = start(service);

    await app.waitFor('evil');
    const frame = app.styledFrame();

    expect(frame).not.toContain('\u001b]0;');
    expect(frame).not.toContain('\u001b[2J');
    expect(frame).not.toContain('\u009b');
    expect(frame).toContain('xy');
  });

  it('patches a row when the engine reports an event for it', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');
    const [alpha] = service.containers;
    if (!alpha) throw new Error('no alpha');

    service.containers = [
      { ...alpha, state: 'paused', status: 'Up (Paused)' },
      ...service.containers.slice(1),
    ];
    service.emit({ scope: 'container', action: 'pause', id: alpha.id });
    const frame = await app.waitFor('paused');

    expect(cursorLine(frame, 'alpha')).toContain('paused');
  });

  it('counts the status from when it began, not from the wording of the last read', async () => {
    const service = createFakeService([
      container('long-up', {
        status: 'Up 1 second',
        statusSince: minutesAgo(180),
      }),
    ]);
    const app = start(service);

    const frame = await app.waitFor('long-up');

    expect(cursorLine(frame, 'long-up')).toContain('Up 3h');
  });

  it('reads Esc and a key typed at once as Esc, then the key', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('?');
    await app.waitFor('Keys');
    app.press(`${KEYS.escape}2`);
    const frame = await app.waitFor('REPOSITORY');

    expect(frame).not.toContain('Keys ·');
  });

  it('opens the logs of the row the cursor reached when j and l arrive at once', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('jl');
    const frame = await app.waitFor((f) => !f.includes('NAME'));

    expect(frame).toContain('bravo');
    expect(frame).not.toContain('alpha');
  });

  it('clears a kept filter with Esc typed at once with / and a new filter', async () => {
    const service = threeContainers();
    const app = start(service);
    await app.waitFor('charlie');

    app.press('/');
    app.press('alp');
    await app.waitFor('/alp');
    app.press(KEYS.enter);
    await app.waitFor((f) => !f.includes('bravo'));
    app.press(`${KEYS.escape}/`);
    app.press('cha');
    const frame = await app.waitFor('/cha');

    expect(frame).not.toContain('/alpcha');
    expect(frame).toContain('charlie');
  });
});
