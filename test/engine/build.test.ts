import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
  waitForNoContainers,
} from '../support/engine.js';

const LABEL = 'dockhand.test=build';

function context(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-build-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }

  return dir;
}

describe('building an image from a folder', () => {
  let service: DockerService;

  beforeAll(async () => {
    await cleanEngine(LABEL, 'build-test');
    service = await connectedService();
  });

  afterAll(() => cleanEngine(LABEL, 'build-test'));

  it('sends the folder less what .dockerignore excludes, and tags the result', async () => {
    const dir = context({
      'build.Dockerfile': `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nCOPY . /ctx\nRUN ls -R /ctx\n`,
      '.dockerignore': 'secret.txt\ncache/\n',
      'app.txt': 'app',
      'secret.txt': 'do not send',
      'cache/big.bin': 'cached',
    });
    const lines: string[] = [];

    await service.buildImage(
      { context: dir, dockerfile: 'build.Dockerfile', tag: 'build-test/app:1' },
      (e) => {
        if (e.kind === 'line') lines.push(e.text);
      },
      new AbortController().signal,
    );
    const listing = await docker(
      'run',
      '--rm',
      '--label',
      LABEL,
      'build-test/app:1',
      'ls',
      '-a',
      '/ctx',
    );

    expect(lines.some((l) => /Successfully built/.test(l))).toBe(true);
    expect(listing.split('\n').sort()).toEqual([
      '.',
      '..',
      '.dockerignore',
      'app.txt',
      'build.Dockerfile',
    ]);
  });

  it('ends a build cancelled with the signal as cancelled, not as a success, and leaves no step container', async () => {
    const dir = context({
      Dockerfile: `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN echo started && sleep 60\n`,
    });
    const controller = new AbortController();

    const build = service.buildImage(
      { context: dir, dockerfile: 'Dockerfile', tag: 'build-test/slow:1' },
      (e) => {
        if (e.kind === 'line' && e.text.includes('started')) controller.abort();
      },
      controller.signal,
    );

    await expect(build).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(
      docker('image', 'inspect', 'build-test/slow:1'),
    ).rejects.toThrow();
    await waitForNoContainers(LABEL);
  });
});
