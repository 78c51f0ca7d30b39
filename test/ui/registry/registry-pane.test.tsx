import { afterEach, describe, expect, it } from 'vitest';
import type { KnownRegistries } from '../../../src/docker/types.js';
import { App } from '../../../src/ui/app.js';
import {
  type FakeService,
  container,
  createFakeService,
} from '../../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

const KNOWN: KnownRegistries = {
  config: ['reg.example:5000'],
  settings: ['127.0.0.1:5000'],
  problem: null,
};

/** A fake engine whose registries list two repositories for any term. */
function fakeWithRegistries(known: KnownRegistries = KNOWN): FakeService {
  const service = createFakeService([container('alpha')]);
  service.knownRegistries = async () => known;
  const searchRegistry = service.searchRegistry;
  service.searchRegistry = async (registry, term) => {
    await searchRegistry(registry, term);
    return ['team/one', 'team/two'].map((name) => ({
      name: `${registry}/${name}`,
      description: '',
      stars: null,
      isOfficial: false,
    }));
  };

  return service;
}

async function openRegistry(service: FakeService): Promise<Rendered> {
  view = renderInk(<App service={service} />, { columns: 120, rows: 30 });
  await view.waitFor('alpha');
  view.press('3');
  await view.waitFor('1 of 3 (Tab)');

  return view;
}

const isCursorOn = (styled: string, name: string) =>
  styled
    .split('\n')
    .some((line) => line.includes(name) && line.includes('\u001b[7m'));

const boxLine = (frame: string) =>
  frame.split('\n').find((line) => line.includes(' search [')) ?? '';

describe('the registry pane', () => {
  it('opens with the box focused, and the box takes digits and letters that mean other things elsewhere', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);

    app.press('1qj?c');
    const frame = await app.waitFor((f) => boxLine(f).includes('1qj?c'));

    expect(boxLine(frame)).toContain('› search [Docker Hub ▾]');
    expect(frame).not.toContain('alpha');
    expect(frame).not.toContain('Keys');
    expect(frame).toContain('Enter search');
    expect(service.calls).toEqual([]);
  });

  it('takes the keys typed in one burst with 3 into the box', async () => {
    const service = fakeWithRegistries();
    const app = renderInk(<App service={service} />, {
      columns: 120,
      rows: 30,
    });
    view = app;
    await app.waitFor('alpha');

    // c opens the cleanup planner and 2 the images pane, outside the box.
    app.press('3c2x');
    const frame = await app.waitFor((f) => boxLine(f).includes('c2x'));

    expect(frame).toMatch(/NAME +STARS OFFICIAL/);
    expect(boxLine(frame)).toContain('› search');
  });

  it('steps with Tab and Shift-Tab through Docker Hub, the config.json registries and the settings registries', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);

    const shown: string[] = [];
    for (const key of [KEYS.tab, KEYS.tab, KEYS.tab, KEYS.shiftTab]) {
      const before = boxLine(app.frame());
      app.press(key);
      shown.push(boxLine(await app.waitFor((f) => boxLine(f) !== before)));
    }
    app.press(...'web', KEYS.enter);
    await app.waitFor('2 found on 127.0.0.1:5000 for "web"');

    expect(shown.map((line) => /\[(.*) ▾\]/.exec(line)?.[1])).toEqual([
      'reg.example:5000',
      '127.0.0.1:5000',
      'Docker Hub',
      '127.0.0.1:5000',
    ]);
    expect(service.calls).toEqual(['search 127.0.0.1:5000 web']);
  });

  it('searches Docker Hub with the term typed, and stays in the box when nothing is found', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);

    app.press(...'shelf', KEYS.enter);
    const frame = await app.waitFor('0 found on Docker Hub for "shelf"');

    expect(service.calls).toEqual(['search-hub shelf']);
    expect(boxLine(frame)).toContain('› search');
    expect(frame).toContain('Enter search');
  });

  it('moves to the results once found, where Enter pulls the row under the cursor and Space marks nothing', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);

    app.press(KEYS.tab, ...'team', KEYS.enter);
    const found = await app.waitFor('s to the search box');
    app.press(KEYS.space, 'j', KEYS.enter);
    const form = await app.waitFor('Pull reg.example:5000/');

    expect(found).toContain('reg.example:5000/team/two');
    expect(found).not.toMatch(/Space/);
    expect(form).toContain('Pull reg.example:5000/team/two');
    expect(form).not.toContain('marked');
  });

  it('goes back to the box with / or s, leaves it with Esc, and clears it with a second Esc', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);
    app.press(KEYS.tab, ...'team', KEYS.enter);
    await app.waitFor('s to the search box');

    app.press('/', 'x');
    const typed = await app.waitFor((f) => boxLine(f).includes('teamx'));
    app.press(KEYS.escape);
    const left = await app.waitFor('s to the search box');
    app.press('s', KEYS.backspace, KEYS.escape);
    await app.waitFor((f) => boxLine(f).includes('team ') && !f.includes('›'));
    app.press(KEYS.escape);
    const cleared = await app.waitFor((f) => !boxLine(f).includes('team'));

    expect(boxLine(typed)).toContain('› search');
    expect(boxLine(left)).toContain('s or / to type');
    expect(cleared).toContain('reg.example:5000/team/one');
  });

  it('goes to the results with ↓ only when there are some', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);

    app.press(KEYS.down, 'z');
    await app.waitFor((f) => boxLine(f).includes('z'));
    app.press(KEYS.backspace, KEYS.tab, ...'t', KEYS.enter);
    await app.waitFor('s to the search box');
    app.press('/', KEYS.down, 'j');
    await app.waitFor(() => isCursorOn(app.styledFrame(), 'team/two'));

    expect(boxLine(app.frame())).toMatch(
      /search \[reg\.example:5000 ▾\] t +s or/,
    );
  });

  it('offers the term on each known registry when pulling by name without results', async () => {
    const service = fakeWithRegistries();
    const app = await openRegistry(service);

    app.press(...'app', KEYS.escape);
    await app.waitFor('s to the search box');
    app.press('p');
    await app.waitFor('Pull an image by name');
    app.press(KEYS.down, KEYS.down);
    const frame = await app.waitFor('image 127.0.0.1:5000/app');

    expect(frame).toContain('3 suggestions');
  });

  it('says what is wrong with the settings file, and still searches', async () => {
    const service = fakeWithRegistries({
      config: [],
      settings: [],
      problem: '/x/config.json: it is not valid JSON',
    });
    view = renderInk(<App service={service} />, { columns: 120, rows: 30 });
    await view.waitFor('alpha');

    view.press('3');
    const frame = await view.waitFor('it is not valid JSON');
    view.press(...'x', KEYS.enter);
    await view.waitFor('0 found on Docker Hub');

    expect(frame).toContain('1 of 1 (Tab)');
  });
});
