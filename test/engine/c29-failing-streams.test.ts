import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';
import {
  type BrokenRegistry,
  startBrokenRegistry,
} from '../support/broken-registry.js';

const LABEL = 'dockhand.test=c29';
const noSignal = () => new AbortController().signal;

// Case C29: the engine answers 200 to a pull or build and only then fails inside the stream.
describe('progress streams that answer 200 and then fail (case C29)', () => {
  let registry: BrokenRegistry;
  let service: DockerService;

  beforeAll(async () => {
    registry = await startBrokenRegistry('c29/app', LABEL);
    service = await connectedService();
  });

  afterAll(async () => {
    await cleanEngine(LABEL, 'c29');
    await registry.stop();
  });

  it('pulls the good tag', async () => {
    await service.pullImage(
      `${registry.address}/c29/app:ok`,
      () => undefined,
      noSignal(),
    );

    expect(
      await docker(
        'image',
        'inspect',
        '-f',
        '{{.Id}}',
        `${registry.address}/c29/app:ok`,
      ),
    ).toMatch(/^sha256:/);
  });

  it('fails a pull whose layer digest does not match, with the engine message', async () => {
    const pull = service.pullImage(
      `${registry.address}/c29/app:corrupt`,
      () => undefined,
      noSignal(),
    );

    await expect(pull).rejects.toMatchObject({
      kind: 'engine',
      message: expect.stringMatching(/verification failed|digest/i),
    });
  });

  it('fails a pull whose layer is missing, with the engine message', async () => {
    const pull = service.pullImage(
      `${registry.address}/c29/app:missing`,
      () => undefined,
      noSignal(),
    );

    await expect(pull).rejects.toMatchObject({
      kind: 'engine',
      message: expect.stringMatching(/unknown|not found|404/i),
    });
  });

  it('fails a build whose COPY source is missing, after its first step ran', async () => {
    const context = mkdtempSync(join(tmpdir(), 'dockhand-c29-'));
    writeFileSync(
      join(context, 'Dockerfile'),
      `FROM ${BASE_IMAGE}\nLABEL ${LABEL}\nRUN echo step one\nCOPY does-not-exist /x\n`,
    );
    const lines: string[] = [];

    const build = service.buildImage(
      { context, dockerfile: 'Dockerfile', tag: 'c29/broken:1' },
      (e) => {
        if (e.kind === 'line') lines.push(e.text);
      },
      noSignal(),
    );

    await expect(build).rejects.toMatchObject({
      kind: 'engine',
      message: expect.stringContaining('does-not-exist'),
    });
    expect(lines.join('\n')).toContain('step one');
  });
});
