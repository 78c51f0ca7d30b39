// What the figures were measured on: the machine, the versions, the load it carried.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const out = async (command, ...args) =>
  (await run(command, args)).stdout.trim();

const cpuModel = () =>
  /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ??
  os.cpus()[0]?.model;

/** The load average now, over 1, 5 and 15 minutes. */
export const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

export async function describeMachine(engine) {
  const format = (field) =>
    engine.docker('version', '--format', `{{.${field}}}`);
  // The commit the figures belong to; a change not yet committed is said, not hidden.
  const commit = await out('git', 'rev-parse', '--short', 'HEAD');
  const changed = await out(
    'git',
    'status',
    '--porcelain',
    '--',
    '.',
    ':!BENCHMARKS.md',
  );

  return {
    cpu: `${cpuModel()}, ${os.cpus().length} cores`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    python: (await out('python3', '--version')).replace('Python ', ''),
    dockerd: `${await format('Server.Version')} (API ${await format('Server.APIVersion')})`,
    cli: await format('Client.Version'),
    dockhand: `${commit}${changed ? ' with uncommitted changes' : ''}`,
    loadAtStart: load(),
  };
}
