import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  engineHost,
  waitForNoContainers,
} from '../support/engine.js';
import { startBrokenRegistry } from '../support/broken-registry.js';
import { startFakeHub } from '../support/hub-search.js';
import { type TestRegistry, startRegistry } from '../support/registry.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const LABEL = 'dockhand.test=e2e-registry';
const USER = { name: 'ada', password: 'letmein' };

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-e2e-'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, name), text);

  return dir;
}

describe('the image lifecycle in a real terminal', () => {
  let open: TestRegistry;
  let locked: TestRegistry;
  let config: string;
  let settingsHome: string;
  let app: TmuxApp | undefined;

  /**
   * Starts dockhand with dockhand's settings (XDG_CONFIG_HOME/dockhand/config.json) naming
   * `registries`: the open registry unless a test names others.
   */
  const start = async (registries = [open.address]) => {
    writeFileSync(
      join(settingsHome, 'dockhand', 'config.json'),
      JSON.stringify({ registries }),
    );
    app = await startApp({
      env: {
        DOCKER_HOST: engineHost(),
        DOCKER_CONFIG: config,
        HOME: config,
        XDG_CONFIG_HOME: settingsHome,
      },
      rows: 32,
    });
    await app.waitFor('● live');
    return app;
  };

  /** Opens the registry pane, whose search box has the keys while nothing was found. */
  const openRegistry = async (ui: TmuxApp, places: number) => {
    await ui.keys('3');
    await ui.waitFor(`› search [Docker Hub ▾] 1 of ${places} (Tab)`);
  };

  /** Types into the focused prompt field, replacing what it held. */
  const fill = async (ui: TmuxApp, text: string) => {
    await ui.keys('C-u');
    await ui.type(text);
  };

  /**
   * Presses Esc and waits until `gone` left the screen: a key sent right after Esc would
   * reach the terminal as Alt plus that key.
   */
  const escape = async (ui: TmuxApp, gone: string) => {
    await ui.keys('Escape');
    await ui.waitFor((screen) => !screen.includes(gone));
  };

  beforeAll(async () => {
    open = await startRegistry();
    locked = await startRegistry(USER);
    config = mkdtempSync(join(tmpdir(), 'dockhand-e2e-config-'));
    settingsHome = mkdtempSync(join(tmpdir(), 'dockhand-e2e-xdg-'));
    mkdirSync(join(settingsHome, 'dockhand'));
    await cleanEngine(LABEL, `${open.address}/e2e-reg`);
  });

  afterEach(() => app?.kill());

  afterAll(async () => {
    await cleanEngine(LABEL, `${open.address}/e2e-reg`);
    await cleanEngine(LABEL, 'e2e-reg');
    await open.stop();
    await locked.stop();
  });

  it('searches a registry of the settings file from the box, pulls a tag with layer progress, and shows it in the images pane', async () => {
    const ref = `${open.address}/e2e-reg/app:v1`;
    const context = folder({
      Dockerfile: `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN head -c 300000 /dev/urandom > /blob\n`,
    });
    await docker('build', '-q', '-t', ref, context);
    await docker('push', ref);
    await docker('rmi', ref);
    const ui = await start();

    await openRegistry(ui, 2);
    await ui.keys('Tab');
    await ui.waitFor(`› search [${open.address} ▾] 2 of 2`);
    // q quits and 1 shows the containers elsewhere; in the box they are text.
    await ui.type('q1j');
    await ui.waitFor('2 of 2 (Tab) q1j');
    await ui.keys('C-u');
    await ui.type('app');
    await ui.keys('Enter');
    // Found, the results have the keys: Enter pulls the row under the cursor.
    const found = await ui.waitFor('s to the search box');
    await ui.keys('Enter');
    await ui.waitFor('tag v1');
    await ui.keys('Enter');
    const done = await ui.waitFor(
      (screen) => screen.includes('done · Esc closes') && /Pulled/.test(screen),
      20_000,
    );
    await escape(ui, 'Esc closes');
    await ui.keys('2');
    await ui.waitFor(`${open.address}/e2e-reg/app`);

    expect(found).toContain(`1 found on ${open.address} for "app"`);
    expect(found).toContain(`${open.address}/e2e-reg/app`);
    expect(done).toMatch(/Pull complete \d/);
    expect(done).toContain('Pulled');
    expect(done).toMatch(/total \d+(\.\d)? kB \/ \d+(\.\d)? kB/);
    expect(await docker('image', 'inspect', '-f', '{{.Id}}', ref)).toMatch(
      /^sha256:/,
    );
  });

  it('tags an image, pushes the tag, the registry catalog lists it, and p pulls it again', async () => {
    const target = `${open.address}/e2e-reg/pushed:v2`;
    const ui = await start();

    // The list acts on the rows it last drew: let the filter draw before acting on it.
    const filter = async (text: string) => {
      await ui.keys('/');
      await ui.type(text);
      await ui.waitFor(`/${text}  1 of`);
      await ui.keys('Enter');
    };

    await ui.keys('2');
    await filter(BASE_IMAGE.split(':')[0] ?? '');
    await ui.keys('t');
    await ui.waitFor(`Tag ${BASE_IMAGE} as`);
    await fill(ui, 'Not/Valid');
    await ui.keys('Enter');
    await ui.waitFor('must be lowercase');
    await fill(ui, target);
    await ui.keys('Enter');
    await ui.waitFor(`Tagged ${BASE_IMAGE} as ${target}`);
    await escape(ui, '/local/busybox');
    await filter('e2e-reg/pushed');
    await ui.keys('P');
    await ui.waitFor(`Push ${target} done · Esc closes`, 20_000);
    await escape(ui, 'Esc closes');
    await ui.keys('p');
    const pulled = await ui.waitFor(`Pull ${target} done · Esc closes`, 20_000);
    const catalog = await (
      await fetch(`http://${open.address}/v2/_catalog`)
    ).json();

    expect(catalog.repositories).toContain('e2e-reg/pushed');
    expect(pulled).toContain('Image is up to date');
  });

  it('refuses a wrong password, logs in with the right one, searches with it, and logs out', async () => {
    const ui = await start();

    await openRegistry(ui, 2);
    await escape(ui, '› search');
    await ui.keys('L');
    await ui.waitFor('Log in to a registry');
    await fill(ui, locked.address);
    await ui.keys('Tab');
    await ui.type(USER.name);
    await ui.keys('Tab');
    await ui.type('wrong-one');
    const prompt = await ui.waitFor('•'.repeat('wrong-one'.length));
    await ui.keys('Enter');
    // The prompt stays open with the engine's reason, on the password field.
    const refused = await ui.waitFor(`Could not log in to ${locked.address}`);
    await fill(ui, USER.password);
    await ui.keys('Enter');
    await ui.waitFor(`Logged in to ${locked.address}`);
    // Now config.json names it: a place to search, before the settings' registry.
    await ui.keys('s');
    await ui.waitFor('› search [Docker Hub ▾] 1 of 3 (Tab)');
    await ui.keys('Tab');
    await ui.waitFor(`› search [${locked.address} ▾] 2 of 3`);
    await ui.keys('Enter');
    await ui.waitFor(`0 found on ${locked.address}`);
    await escape(ui, '› search');
    const file = join(config, 'config.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    const mode = statSync(file).mode & 0o777;
    await ui.keys('X');
    await ui.waitFor('Log out of a registry');
    await fill(ui, locked.address);
    await ui.keys('Enter');
    await ui.waitFor(`Logged out of ${locked.address}`);

    expect(refused).toContain('Log in to a registry');
    expect(refused).toMatch(/unauthorized|401/i);
    expect(prompt).toContain('•••••••••');
    expect(prompt).not.toContain('wrong-one');
    expect(stored.auths[locked.address].auth).toBe(
      Buffer.from(`${USER.name}:${USER.password}`).toString('base64'),
    );
    expect(mode).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).auths).toEqual({});
  });

  it('builds from a folder, and shows a failing step as a failed build', async () => {
    const good = folder({
      Dockerfile: `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN echo built-ok\n`,
    });
    const bad = folder({
      Dockerfile: `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nCOPY does-not-exist /x\n`,
    });
    const ui = await start();

    const build = async (context: string, tag: string) => {
      await ui.keys('b');
      await ui.waitFor('Build an image');
      await fill(ui, context);
      await ui.keys('Tab', 'Tab');
      await ui.type(tag);
      await ui.keys('Enter');
    };

    await ui.keys('2');
    await build(good, 'e2e-reg/built:1');
    const built = await ui.waitFor('done · Esc closes', 20_000);
    await escape(ui, 'Esc closes');
    await build(bad, 'e2e-reg/broken:1');
    const failed = await ui.waitFor('failed · Esc closes', 20_000);

    expect(built).toContain('Successfully tagged e2e-reg/built:1');
    expect(failed).toMatch(/does-not-exist/);
    expect(failed).toContain('Could not build e2e-reg/broken:1');
    await expect(
      docker('image', 'inspect', 'e2e-reg/broken:1'),
    ).rejects.toThrow();
  });

  it('searches Docker Hub through the engine and shows stars, official marks and descriptions', async () => {
    const hub = await startFakeHub([
      {
        name: 'library/shelf',
        description: 'the official shelf',
        star_count: 42,
        is_official: true,
      },
      {
        name: 'ada/shelf-tools',
        description: 'tools\u001b[2Jfor shelves',
        star_count: 3,
        is_official: false,
      },
    ]);
    const ui = await start();

    await openRegistry(ui, 2);
    await ui.type(`${hub.address}/shelf`);
    await ui.keys('Enter');
    const screen = await ui.waitFor('2 found on Docker Hub');
    await hub.stop();

    expect(screen).toMatch(/library\/shelf +42 official the official shelf/);
    expect(screen).toMatch(/ada\/shelf-tools +3 +toolsfor shelves/);
  });

  it('cancels a running build with Esc, and the build counts as cancelled', async () => {
    const slow = folder({
      Dockerfile: `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN echo slow-start && sleep 60\n`,
    });
    const ui = await start();

    await ui.keys('2', 'b');
    await ui.waitFor('Build an image');
    await fill(ui, slow);
    await ui.keys('Tab', 'Tab');
    await ui.type('e2e-reg/slow:1');
    await ui.keys('Enter');
    await ui.waitFor('slow-start', 20_000);
    await ui.keys('Escape');
    const cancelled = await ui.waitFor('cancelled · Esc closes');

    expect(cancelled).toContain('Cancelled the build of e2e-reg/slow:1');
    await expect(
      docker('image', 'inspect', 'e2e-reg/slow:1'),
    ).rejects.toThrow();
    await waitForNoContainers(LABEL);
  });

  // Case C29 as a person meets it: the pull starts, then a layer is corrupt or missing.
  it('pulls by exact name from a registry without search, and shows a broken layer as a failed pull', async () => {
    const broken = await startBrokenRegistry('c29ui/app', LABEL);
    const ui = await start([open.address, broken.address]);

    const pull = async (tag: string) => {
      await ui.keys('p');
      await ui.waitFor('Pull an image by name');
      await fill(ui, `${broken.address}/c29ui/app:${tag}`);
      await ui.keys('Enter');
      return ui.waitFor('failed · Esc closes', 20_000);
    };

    await openRegistry(ui, 3);
    await ui.keys('BTab');
    await ui.waitFor(`› search [${broken.address} ▾] 3 of 3`);
    await ui.type('c29ui/app');
    await ui.keys('Enter');
    await ui.waitFor('does not support search; pull by exact name');
    await escape(ui, '› search');
    const corrupt = await pull('corrupt');
    await escape(ui, 'Esc closes');
    const missing = await pull('missing');
    await broken.stop();

    expect(corrupt).toContain('filesystem layer verification failed');
    expect(missing).toContain('unknown blob');
    expect(missing).toContain(
      `Could not pull ${broken.address}/c29ui/app:missing`,
    );
  });
});
