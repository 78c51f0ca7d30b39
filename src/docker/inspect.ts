import type Docker from 'dockerode';
import type { ProcessList } from './details-types.js';
import { guard } from './errors.js';
import type { StateDetail } from './types.js';

/** The engine's full description of a container, as plain JSON. */
export async function inspectContainer(
  docker: Docker,
  id: string,
): Promise<Record<string, unknown>> {
  const info = await guard(() => docker.getContainer(id).inspect());

  return info as unknown as Record<string, unknown>;
}

interface RawStateParts {
  State?: { ExitCode?: number; Error?: string; OOMKilled?: boolean };
  HostConfig?: { Memory?: number };
}

export function toStateDetail(raw: RawStateParts): StateDetail {
  return {
    exitCode: raw.State?.ExitCode ?? 0,
    error: raw.State?.Error ?? '',
    isOomKilled: raw.State?.OOMKilled ?? false,
    memoryLimit: raw.HostConfig?.Memory ?? 0,
  };
}

/** What inspect tells of a container's state beyond what the list says. */
export async function stateDetail(
  docker: Docker,
  id: string,
): Promise<StateDetail> {
  const info = await guard(() => docker.getContainer(id).inspect());

  return toStateDetail(info as RawStateParts);
}

/**
 * Columns out of lines. Podman may answer top with the output of `ps` run inside the
 * container, a whole line per row ("PID   USER     COMMAND"): split those at runs of
 * spaces, the last column keeping the rest of its line (a command has spaces too).
 */
export function toProcessList(
  titles: string[],
  processes: string[][],
): ProcessList {
  const [line] = titles;
  const isWholeLines =
    titles.length === 1 &&
    line !== undefined &&
    /\S\s+\S/.test(line) &&
    processes.every((row) => row.length === 1);
  if (!isWholeLines) return { titles, processes };

  const columns = line.trim().split(/\s+/);
  const split = (row: string) => {
    const cells = row.trim().split(/\s+/);
    const last = cells.splice(columns.length - 1).join(' ');
    return [...cells, last];
  };

  return {
    titles: columns,
    processes: processes.map((r) => split(r[0] ?? '')),
  };
}

/** The processes running in a container, as `docker top` lists them. */
export async function containerTop(
  docker: Docker,
  id: string,
): Promise<ProcessList> {
  const top = (await guard(() => docker.getContainer(id).top())) as {
    Titles?: string[];
    Processes?: string[][] | null;
  };

  return toProcessList(top.Titles ?? [], top.Processes ?? []);
}
