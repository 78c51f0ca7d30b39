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

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

function stopSync(dir) {
  try {
    execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'ignore' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Stops the engine in `dir` once: at the end, on a signal, or when Node exits anyhow. */
function guard(dir) {
  let isStopped = false;
  const stop = () => {
    if (!isStopped) stopSync(dir);
    isStopped = true;
  };
  const onSignal = (signal) => {
    process.stderr.write(`\n${signal}: stopping the benchmark's engine\n`);
    stop();
    process.exit(128 + SIGNALS[signal]);
  };
  for (const signal of Object.keys(SIGNALS)) process.once(signal, onSignal);
  // An uncaught error ends Node without running any finally block; 'exit' still runs.
  process.once('exit', stop);

  return () => {
    for (const signal of Object.keys(SIGNALS))
      process.removeListener(signal, onSignal);
    process.removeListener('exit', stop);
    stop();
  };
}

/** Starts the engine; `work(engine)` runs with it, and the engine is gone afterwards. */
export async function withEngine(work) {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-bench-'));
  const socket = join(dir, 'docker.sock');
  const configDir = join(dir, 'cli');
  mkdirSync(configDir);
  const release = guard(dir);
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
  };

  try {
    await run('bash', [SCRIPT, 'start', dir]);
    return await work(engine);
  } finally {
    release();
  }
}
