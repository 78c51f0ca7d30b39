// Figures from repeated runs, and what /proc says about a process.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import process from 'node:process';

const sorted = (xs) => [...xs].sort((a, b) => a - b);

export function median(xs) {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);

  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The nearest-rank 95th percentile: the value 95 % of the runs do not exceed. */
export function p95(xs) {
  const s = sorted(xs);

  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)];
}

/** Wall time of `work` in milliseconds. */
export async function time(work) {
  const start = process.hrtime.bigint();
  await work();

  return Number(process.hrtime.bigint() - start) / 1e6;
}

const TICKS_PER_SECOND = Number(
  execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }),
);

/** CPU seconds a process has used, user and system, from /proc/PID/stat. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name, in parentheses, may hold spaces: count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');

  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Resident memory now and at its peak, in bytes, from /proc/PID/status. */
export function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;

  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}
