// Fills the benchmark's engine fast: distinct images in one `docker load`, containers
// through the engine API a few at a time.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BASE_IMAGE = 'local/busybox:latest';
const CONCURRENCY = 8;

export const imageName = (n) => `bench/img-${n}:v${n}`;
export const containerName = (n) => `bench-${String(n).padStart(5, '0')}`;

/**
 * Loads `count` images that share the base image's one layer and differ by a label in
 * their config, so each has an ID of its own, as `docker images` shows distinct images.
 */
export async function seedImages(engine, count) {
  const work = join(engine.dir, 'images');
  mkdirSync(work);
  const saved = join(engine.dir, 'base.tar');
  await engine.docker('save', '-o', saved, BASE_IMAGE);
  await run('tar', ['-xf', saved, '-C', work]);
  const [base] = JSON.parse(readFileSync(join(work, 'manifest.json'), 'utf8'));
  const config = JSON.parse(readFileSync(join(work, base.Config), 'utf8'));
  rmSync(join(work, 'repositories'), { force: true });

  const manifest = Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    config.config = {
      ...config.config,
      Labels: { 'dockhand.bench.n': `${n}` },
    };
    const text = JSON.stringify(config);
    const file = `${createHash('sha256').update(text).digest('hex')}.json`;
    writeFileSync(join(work, file), text);

    return { Config: file, RepoTags: [imageName(n)], Layers: base.Layers };
  });
  writeFileSync(join(work, 'manifest.json'), JSON.stringify(manifest));
  const bundle = join(engine.dir, 'images.tar');
  await run('tar', ['-cf', bundle, '-C', work, '.']);
  await engine.docker('load', '-q', '-i', bundle);
  rmSync(work, { recursive: true });
  rmSync(bundle);
  rmSync(saved);
}

/** Creates one container per spec, CONCURRENCY at a time; starts those marked running. */
export async function createContainers(engine, specs) {
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const spec = specs[next++];
      const container = await engine.client.createContainer({
        name: spec.name,
        Image: spec.image,
        Cmd: spec.isRunning ? ['sleep', '1000000'] : ['true'],
        Labels: spec.labels,
        HostConfig: { NetworkMode: 'none' },
      });
      if (spec.isRunning) await container.start();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/**
 * Grows the list from `from` to `to` containers named bench-00001…, spread over the
 * loaded images; the first `running` of them run.
 */
export function growContainers(engine, { from, to, images, running }) {
  const specs = [];
  for (let n = from + 1; n <= to; n += 1)
    specs.push({
      name: containerName(n),
      image: imageName((n % images) + 1),
      labels: { 'dockhand.bench': 'list' },
      isRunning: n <= running,
    });

  return createContainers(engine, specs);
}
