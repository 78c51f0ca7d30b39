import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/registry.js';
import { type TmuxApp, startApp } from '../support/tmux.js';

const run = promisify(execFile);
const SCRIPTS = join(import.meta.dirname, '../../scripts');

describe('npm run demo, as a newcomer meets it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-demo-test-'));
  let app: TmuxApp | undefined;

  afterAll(async () => {
    await app?.kill();
    await run('bash', [join(SCRIPTS, 'engine.sh'), 'stop', dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('seeds every pane quietly, says how to quit, and stops its engine on q', async () => {
    const port = await freePort();
    app = await startApp({
      command: `bash ${join(SCRIPTS, 'demo.sh')}`,
      env: {
        DOCKHAND_DEMO_DIR: dir,
        DOCKHAND_DEMO_REGISTRY_PORT: String(port),
        DOCKER_HOST: null,
      },
      columns: 80,
      rows: 24,
    });

    const first = await app.waitFor('● live', 120_000);
    await app.keys('4');
    const volumes = await app.waitFor('old-cache');
    await app.keys('5');
    const networks = await app.waitFor('old-net');
    await app.keys('q');
    const after = await app.waitFor('Stopped.', 60_000);

    expect(first).toMatch(/shop-worker .*paused/);
    expect(first).toMatch(/migrate-failed .*exited \(3\)/);
    expect(first).toContain('Welcome!');
    expect(first).toContain('q quit');
    expect(volumes).toMatch(/shop-data .*1 \(shop-web\)/);
    expect(networks).toMatch(/shop-net .*1 \(shop-web\)/);
    expect(after).toContain('Stopping the demo engine');
    expect(after).not.toMatch(/DEPRECATED|legacy builder/i);
    expect(await app.exitStatus()).toBe(0);
  });
});
