import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_IMAGE,
  cleanEngine,
  docker,
  engineHost,
} from '../support/engine.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const LABEL = 'dockhand.test=e2e-details';

describe('details and shell in a real terminal', () => {
  let app: TmuxApp | undefined;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    await docker(
      'run',
      '-d',
      '--name',
      'e2e-details-chatty',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      'for i in $(seq 1 300); do echo "line $i"; done; sleep 0.5; echo "needle in the log" >&2; sleep 0.5; ' +
        'for i in $(seq 301 400); do echo "line $i"; done; exec sleep 100000',
    );
  });

  afterEach(() => app?.kill());

  async function flood(): Promise<void> {
    const id = await docker(
      'run',
      '-d',
      '--name',
      'e2e-details-flood',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      "seq 1 200000 | sed 's/^/flood line /'; echo FLOOD-END; exec sleep 100000",
    );
    while (!(await docker('logs', '--tail', '1', id)).includes('FLOOD-END')) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  afterAll(() => cleanEngine(LABEL));

  const open = async () => {
    app = await startApp({ env: { DOCKER_HOST: engineHost() } });
    await app.waitFor('e2e-details-chatty');

    return app;
  };

  it('opens the logs with l, searches them and jumps to the match', async () => {
    const app = await open();

    await app.keys('l');
    await app.waitFor('line 400');
    await app.keys('/');
    await app.type('needle');
    await app.waitFor('1 matching line');
    await app.keys('Enter');

    const screen = await app.waitFor('scrolled (G follows)');
    expect(screen).toContain('▌needle in the log');
    expect(screen).not.toContain('line 400');

    await app.keys('G');
    await app.waitFor('line 400');
    await app.keys('Escape');
    await app.waitFor('s start/stop');
  });

  it('gives a shell with e, runs a command, and comes back to dockhand on exit', async () => {
    const app = await open();

    await app.keys('e');
    await app.waitFor('/ #');
    await app.type('echo "answer=$((6*7))"; stty size');
    await app.keys('Enter');
    await app.waitFor('answer=42');
    await app.resize(100, 28);
    // the new size travels by signal and an engine call: ask until the shell sees it
    let sawSize = false;
    for (let attempt = 0; attempt < 20 && !sawSize; attempt++) {
      await app.type('stty size');
      await app.keys('Enter');
      sawSize = await app.waitFor('28 100', 500).then(
        () => true,
        () => false,
      );
    }
    expect(sawSize).toBe(true);
    await app.type('exit 4');
    await app.keys('Enter');

    const screen = await app.waitFor('exited with code 4');
    expect(screen).toContain('sh in e2e-details-chatty exited with code 4');
    expect(screen).toContain('e2e-details-chatty');
    expect(screen).not.toContain('answer=42');

    // dockhand has its keys back
    await app.keys('l');
    await app.waitFor('line 400');
  });

  it('opens a 200,000-line log without freezing and holds a bounded part of it (C10)', async () => {
    await flood();
    const app = await open();
    await app.waitFor('e2e-details-flood');
    await app.type('/');
    await app.type('flood');
    await app.keys('Enter');
    await app.waitFor('filter: flood');
    await app.keys('l');
    await app.waitFor('flood line 200000');
    await app.keys('T'); // 10,000 lines
    await app.keys('T'); // every line
    const started = Date.now();
    await app.waitFor(
      (screen) =>
        screen.includes('20000 lines held (first read: all)') &&
        screen.includes('FLOOD-END'),
      60_000,
    );
    await app.keys('g');
    const screen = await app.waitFor('flood line 180002', 10_000);
    console.log(
      `200,000 lines read and the oldest held shown in ${Date.now() - started} ms`,
    );

    expect(screen).toContain('scrolled (G follows)');
    await app.keys('Tab');
    await app.waitFor('PIDs');
  }, 120_000);

  it('shows a log full of escape sequences without letting them reach the terminal (C08)', async () => {
    await docker(
      'run',
      '-d',
      '-t',
      '--name',
      'e2e-details-escapes',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      'e=$(printf "\\033"); printf "%s]0;TITLE-FROM-LOGS\\007title set\\n" $e; ' +
        'printf "%s[2J%s[Hscreen cleared here\\n" $e $e; printf "%s[?1049halt on%s[?1049l off\\n" $e $e; ' +
        'printf "%s[999C%s[999Bbottom-right\\n" $e $e; exec sleep 100000',
    );
    const app = await open();
    await app.waitFor('e2e-details-escapes');
    const titleBefore = await app.title();
    await app.type('/');
    await app.type('escapes');
    await app.keys('Enter');
    await app.waitFor('filter: escapes');
    await app.keys('l');

    const screen = await app.waitFor('bottom-right');
    const rows = screen.split('\n');
    // The header's two rows, the view's title, its tabs, then the log lines in place.
    expect(rows[0]).toContain('dockhand');
    expect(rows[2]).toContain('e2e-details-escapes');
    expect(rows.slice(4, 8).map((r) => r.trim())).toEqual([
      'title set',
      'screen cleared here',
      'alt on off',
      'bottom-right',
    ]);
    expect(await app.title()).toBe(titleBefore);
  });

  it('comes back from a shell to the details tab it was opened from', async () => {
    const app = await open();
    await app.type('/');
    await app.type('chatty');
    await app.keys('Enter');
    await app.waitFor('filter: chatty');
    await app.keys('Enter');
    await app.waitFor('line 400');
    await app.keys('Tab');
    await app.waitFor('PIDs');

    await app.keys('e');
    await app.waitFor('/ #');
    await app.type('exit');
    await app.keys('Enter');

    const screen = await app.waitFor('exited with code 0');
    expect(screen).toMatch(/e2e-details-chatty\s+logs\s+stats/);
    expect(screen).toContain('PIDs');
  });
});
