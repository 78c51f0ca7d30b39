import type Docker from 'dockerode';
import type { ProcessList } from './details-types.js';
import { guard } from './errors.js';

/** The engine's full description of a container, as plain JSON. */
export async function inspectContainer(
  docker: Docker,
  id: string,
): Promise<Record<string, unknown>> {
  const info = await guard(() => docker.getContainer(id).inspect());

  return info as unknown as Record<string, unknown>;
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

  return { titles: top.Titles ?? [], processes: top.Processes ?? [] };
}
