// Times dockhand's cleanup against the docker CLI on a private engine filled with stopped
// containers: the plan (disk usage + planner), dockhand's bulk removal of exactly the plan,
// `docker container prune`, and a `docker rm` loop, each over the same number of containers
// in the same run. Medians of several rounds. Not part of `npm test`.
//
//   node scripts/bench-cleanup.mjs [--containers 500] [--rounds 3]
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    containers: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '3' },
  },
});
const COUNT = Number(values.containers);
const ROUNDS = Number(values.rounds);
const LABEL = 'dockhand.bench=cleanup';
const IMAGE = 'local/busybox:latest';

const dir = mkdtempSync(join(tmpdir(), 'dockhand-bench-'));
const host = `unix://${join(dir, 'docker.sock')}`;
const env = { ...process.env, DOCKER_CONTEXT: '', DOCKER_HOST: host };
const docker = async (...args) =>
  (await run('docker', args, { env, maxBuffer: 1 << 26 })).stdout.trim();

/** The planner and removal code as the app ships it, bundled from the sources. */
async function loadDockhand() {
  // Inside the project, so that the bundle finds the modules it leaves outside.
  const outfile = join(process.cwd(), 'dist', 'bench-cleanup.mjs');
  await build({
    stdin: {
      contents: [
        "export * from './src/state/cleanup-plan.ts';",
        "export * from './src/state/cleanup-run.ts';",
        "export { createDockerService } from './src/docker/engine.ts';",
        "export { resolveTarget } from './src/docker/connection.ts';",
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['cpu-features', 'ssh2'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'warning',
  });

  return import(outfile);
}

/** Creates COUNT stopped containers through the API, a few at a time. */
async function seed(client) {
  let next = 0;
  const worker = async () => {
    while (next++ < COUNT) {
      await client.createContainer({
        Image: IMAGE,
        Cmd: ['true'],
        Labels: { 'dockhand.bench': 'cleanup' },
        HostConfig: { NetworkMode: 'none' },
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function time(work) {
  const start = process.hrtime.bigint();
  await work();

  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);

  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  await run('bash', ['scripts/engine.sh', 'start', dir]);
  const dh = await loadDockhand();
  const service = dh.createDockerService(dh.resolveTarget(host, {}));
  await service.connect();
  const { default: Docker } = await import('dockerode');
  const client = new Docker({ socketPath: join(dir, 'docker.sock') });
  const options = {
    kinds: new Set(['stopped-containers']),
    olderThan: null,
    label: LABEL,
    includeNamedVolumes: false,
  };
  const ids = () => docker('ps', '-aq', '--filter', `label=${LABEL}`);
  const times = { plan: [], remove: [], prune: [], loop: [] };

  for (let round = 1; round <= ROUNDS; round += 1) {
    await seed(client);
    let plan = [];
    times.plan.push(
      await time(async () => {
        plan = dh.buildPlan(await dh.takeSnapshot(service), options);
      }),
    );
    if (plan.length !== COUNT)
      throw new Error(`planned ${plan.length} of ${COUNT}`);
    times.remove.push(await time(() => dh.runCleanup(service, plan)));
    if ((await ids()) !== '')
      throw new Error('dockhand left containers behind');

    await seed(client);
    times.prune.push(
      await time(() =>
        docker('container', 'prune', '-f', '--filter', `label=${LABEL}`),
      ),
    );

    await seed(client);
    const listed = (await ids()).split('\n');
    times.loop.push(
      await time(async () => {
        for (const id of listed) await docker('rm', id);
      }),
    );
    process.stderr.write(`round ${round} of ${ROUNDS} done\n`);
  }

  const prune = median(times.prune);
  const row = (name, ms) =>
    `| ${name} | ${ms.toFixed(0)} ms | ${(ms / prune).toFixed(2)}× |`;
  const lines = [
    `${COUNT} stopped containers, median of ${ROUNDS} rounds, engine ${await docker('version', '--format', '{{.Server.Version}}')}`,
    '| what | median | vs prune |',
    '| --- | --- | --- |',
    row('dockhand plan (disk usage + planner)', median(times.plan)),
    row('dockhand removal of the plan', median(times.remove)),
    row(
      'dockhand plan + removal',
      median(times.plan.map((p, i) => p + times.remove[i])),
    ),
    row('docker container prune', prune),
    row('docker rm loop', median(times.loop)),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  await main();
} finally {
  await run('bash', ['scripts/engine.sh', 'stop', dir]).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
