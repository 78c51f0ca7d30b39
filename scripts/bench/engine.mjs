// The benchmark's private engine (scripts/engine.sh) in a temporary folder of its own, and
// the docker CLI and API pointed at it. It is stopped and removed on every way out: the
// end of the run, an error, Ctrl-C, SIGTERM and SIGHUP.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';
import Docker from 'dockerode';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', 'engine.sh');

function stopSync(dir) {
  try {
    execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the engine; `work(engine)` runs with it, and the engine is gone afterwards. */
export async function withEngine(work) {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-bench-'));
  const socket = join(dir, 'docker.sock');
  const configDir = join(dir, 'cli');
  mkdirSync(configDir);
  const onSignal = (signal) => {
    process.stderr.write(`\n${signal}: stopping the benchmark's engine\n`);
    stopSync(dir);
    process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.once(signal, onSignal);
  // Only this engine and an empty CLI config: no context or credentials of the user's.
  const env = {
    ...process.env,
    DOCKER_HOST: `unix://${socket}`,
    DOCKER_CONTEXT: '',
    DOCKER_CONFIG: configDir,
  };
  const engine = {
    dir,
    socket,
    host: env.DOCKER_HOST,
    configDir,
    client: new Docker({ socketPath: socket }),
    /** Runs the docker CLI on this engine and returns its trimmed stdout. */
    docker: async (...args) =>
      (await run('docker', args, { env, maxBuffer: 1 << 28 })).stdout.trim(),
    env,
  };

  try {
    await run('bash', [SCRIPT, 'start', dir]);
    return await work(engine);
  } finally {
    stopSync(dir);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
      process.removeListener(signal, onSignal);
  }
}
