import type Docker from 'dockerode';
import { createInterface } from 'node:readline';
import type { StatsSample } from './details-types.js';
import { toDockerError } from './errors.js';
import { guard } from './errors.js';

interface RawCpu {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] };
  system_cpu_usage?: number;
  online_cpus?: number;
}

interface RawStats {
  cpu_stats?: RawCpu;
  precpu_stats?: RawCpu;
  memory_stats?: {
    usage?: number;
    limit?: number;
    stats?: Record<string, number>;
  };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
  blkio_stats?: {
    io_service_bytes_recursive?: { op?: string; value?: number }[] | null;
  };
  pids_stats?: { current?: number };
}

function cpuPercent(now: RawCpu = {}, before: RawCpu = {}): number {
  // The first reading has no previous one to compare with.
  if (!before.system_cpu_usage) return 0;

  const cpu =
    (now.cpu_usage?.total_usage ?? 0) - (before.cpu_usage?.total_usage ?? 0);
  const system = (now.system_cpu_usage ?? 0) - (before.system_cpu_usage ?? 0);
  const cpus = now.online_cpus || now.cpu_usage?.percpu_usage?.length || 1;

  return cpu > 0 && system > 0 ? (cpu / system) * cpus * 100 : 0;
}

function blockBytes(raw: RawStats, op: 'read' | 'write'): number {
  const entries = raw.blkio_stats?.io_service_bytes_recursive ?? [];

  return entries
    .filter((e) => e.op?.toLowerCase() === op)
    .reduce((sum, e) => sum + (e.value ?? 0), 0);
}

/**
 * One stats reading as `docker stats` shows it. Memory leaves out the page cache the kernel
 * can reclaim (inactive_file on cgroup v2, total_inactive_file on v1), as the CLI does.
 */
export function toStatsSample(raw: RawStats): StatsSample {
  const memory = raw.memory_stats ?? {};
  const cache =
    memory.stats?.inactive_file ?? memory.stats?.total_inactive_file ?? 0;
  const networks = Object.values(raw.networks ?? {});

  return {
    cpuPercent: cpuPercent(raw.cpu_stats, raw.precpu_stats),
    memoryUsage: Math.max(0, (memory.usage ?? 0) - cache),
    memoryLimit: memory.limit ?? 0,
    networkRx: networks.reduce((sum, n) => sum + (n.rx_bytes ?? 0), 0),
    networkTx: networks.reduce((sum, n) => sum + (n.tx_bytes ?? 0), 0),
    blockRead: blockBytes(raw, 'read'),
    blockWrite: blockBytes(raw, 'write'),
    pids: raw.pids_stats?.current ?? 0,
  };
}

/** Streams one container's stats (about one reading a second) until `signal` aborts. */
export async function streamStats(
  docker: Docker,
  id: string,
  onSample: (sample: StatsSample) => void,
  signal: AbortSignal,
): Promise<void> {
  const stream = (await guard(() =>
    docker
      .getContainer(id)
      // dockerode passes abortSignal on, though its types leave it out here
      .stats({ stream: true, abortSignal: signal } as { stream: true }),
  )) as NodeJS.ReadableStream;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });

  try {
    for await (const line of lines) {
      if (line.trim() !== '') onSample(toStatsSample(JSON.parse(line)));
    }
  } catch (error) {
    if (!signal.aborted) throw toDockerError(error);
  } finally {
    lines.close();
    (stream as { destroy?: () => void }).destroy?.();
  }
}
