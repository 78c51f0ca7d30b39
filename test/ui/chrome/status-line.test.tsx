import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/app.js';
import { container, createFakeService } from '../../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

// The fake engine has no terminals, so `e` always ends in an error message.
const SHELL_ERROR = 'Could not open a shell in alpha';

function start() {
  const service = createFakeService([
    container('alpha'),
    container('bravo', { created: 1 }),
  ]);
  view = renderInk(<App service={service} />, { columns: 100, rows: 24 });

  return { service, app: view };
}

const statusLine = (frame: string) => frame.split('\n').at(-2) ?? '';

describe('the status line', () => {
  it('says how to get about on the first screen, until the first key', async () => {
    const { app } = start();
    const first = await app.waitFor('bravo');

    app.press('j');
    const after = await app.waitFor((f) => !f.includes('Welcome'));

    expect(statusLine(first)).toContain('Enter opens it');
    expect(statusLine(after).trim()).toBe('');
  });

  it('does not carry an error of one pane over to the next', async () => {
    const { app } = start();
    await app.waitFor('bravo');
    app.press('e');
    await app.waitFor(SHELL_ERROR);

    app.press('2');
    const images = await app.waitFor('REPOSITORY');
    app.press('1');
    const back = await app.waitFor('bravo');

    expect(images).not.toContain(SHELL_ERROR);
    expect(back).not.toContain(SHELL_ERROR);
  });

  it('keeps an error until the next key in its pane', async () => {
    const { app } = start();
    await app.waitFor('bravo');
    app.press('e');
    const shown = await app.waitFor(SHELL_ERROR);

    app.press('j');
    const after = await app.waitFor((f) => !f.includes(SHELL_ERROR));

    expect(statusLine(shown)).toContain(SHELL_ERROR);
    expect(after).toContain('bravo');
  });

  it('does not show a pane message over a view opened from it', async () => {
    const { app } = start();
    await app.waitFor('bravo');
    app.press('e');
    await app.waitFor(SHELL_ERROR);

    app.press(KEYS.enter);
    const details = await app.waitFor('following');

    expect(details).not.toContain(SHELL_ERROR);
  });

  it('keeps the result of an action for the pane it started in', async () => {
    const { service, app } = start();
    let release = () => {};
    service.hold = new Promise<void>((resolve) => (release = resolve));
    await app.waitFor('bravo');
    app.press('s');
    await app.waitFor('Stopping alpha');

    app.press('2');
    await app.waitFor('REPOSITORY');
    release();
    await service.hold;
    const images = await app.waitFor('REPOSITORY');
    app.press('1');
    const back = await app.waitFor('Stopped alpha');

    expect(images).not.toContain('Stopping alpha');
    expect(statusLine(back)).toContain('Stopped alpha');
  });
});
