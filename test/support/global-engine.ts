import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../scripts/engine.sh');

declare module 'vitest' {
  export interface ProvidedContext {
    engineHost: string;
    engineSocket: string;
  }
}

/**
 * Starts one private dockerd for the whole run (its own socket, data and exec roots), so
 * that no test ever reaches the user's engine. DOCKHAND_TEST_ENGINE names an engine kept
 * for tests instead, for quick local reruns.
 */
export default async function setup(project: TestProject) {
  const given = process.env.DOCKHAND_TEST_ENGINE;
  if (given) {
    project.provide('engineHost', given);
    project.provide('engineSocket', given.replace(/^unix:\/\//, ''));
    await run('bash', [
      script,
      'base',
      join(given.replace(/^unix:\/\//, ''), '..'),
    ]);
    return undefined;
  }

  const dir = mkdtempSync(join(tmpdir(), 'dockhand-test-'));
  await run('bash', [script, 'start', dir]);
  const socket = join(dir, 'docker.sock');
  project.provide('engineHost', `unix://${socket}`);
  project.provide('engineSocket', socket);

  return async () => {
    await run('bash', [script, 'stop', dir]);
    rmSync(dir, { recursive: true, force: true });
  };
}
