import { createInterface } from 'node:readline';
import Docker from 'dockerode';
import { NEWEST_API, OLDEST_API, negotiateApi } from './api-version.js';
import type { EngineTarget } from './connection.js';
import { idFilter } from './compat.js';
import { type CredentialStore, createCredentialStore } from './credentials.js';
import { diskUsageCalls } from './disk-usage.js';
import { DockerError, guard, toDockerError } from './errors.js';
import { openShell } from './exec.js';
import { containerTop, inspectContainer } from './inspect.js';
import { createLifecycle } from './lifecycle.js';
import { followLogs } from './logs.js';
import { toContainerInfo, toEngineEvent, toImageInfo } from './mappers.js';
import { networkCalls } from './networks.js';
import { withPodmanAnswers } from './podman.js';
import { familiarName } from './reference.js';
import { createContainer, startAttached } from './run.js';
import { createSearch } from './search.js';
import type { ContainerAction, DockerService } from './service.js';
import { streamStats } from './stats.js';
import type { EngineInfo, ImageRemoval } from './types.js';
import { volumeCalls } from './volumes.js';

export function versionOf(info: Docker.DockerVersion): EngineInfo['product'] {
  const components = (info as { Components?: { Name?: string }[] }).Components;
  const isPodman = components?.some((c) => /podman/i.test(c.Name ?? ''));

  return isPodman ? 'podman' : 'docker';
}

/**
 * The service over a real engine, through dockerode. Credentials come from the docker CLI's
 * config (DOCKER_CONFIG, else ~/.docker) unless a store is given.
 */
export function createDockerService(
  target: EngineTarget,
  credentials: CredentialStore = createCredentialStore(),
): DockerService {
  let docker: Docker | null = null;
  let product: EngineInfo['product'] = 'docker';

  const client = (): Docker => {
    if (!docker) {
      throw new DockerError('unreachable', 'not connected to the engine yet');
    }

    return docker;
  };

  async function connect(): Promise<EngineInfo> {
    // Unversioned paths answer at the engine's own newest version: ask it what that is.
    const probe = new Docker(target.options);
    const info = await guard(() => probe.version());
    const apiVersion = negotiateApi(info.ApiVersion);
    if (!apiVersion) {
      throw new DockerError(
        'api-version',
        `The engine at ${target.address} speaks API ${info.ApiVersion}; dockhand needs ` +
          `${OLDEST_API} or newer (it speaks up to ${NEWEST_API}). Upgrade the engine.`,
      );
    }

    docker = new Docker({ ...target.options, version: `v${apiVersion}` });
    product = versionOf(info);

    return {
      host: target.address,
      version: info.Version,
      apiVersion,
      os: info.Os,
      arch: info.Arch,
      product,
    };
  }

  async function removeImage(
    ref: string,
    options: { force: boolean },
  ): Promise<ImageRemoval> {
    const answer = (await guard(() =>
      client().getImage(ref).remove({ force: options.force, noprune: false }),
    )) as { Untagged?: string; Deleted?: string }[];
    const result: ImageRemoval = { untagged: [], deleted: [] };

    for (const item of answer ?? []) {
      if (item.Untagged) result.untagged.push(familiarName(item.Untagged));
      if (item.Deleted) result.deleted.push(item.Deleted);
    }

    return result;
  }

  async function streamEvents(
    onEvent: Parameters<DockerService['streamEvents']>[0],
    signal: AbortSignal,
  ): Promise<void> {
    const stream = (await guard(() =>
      client().getEvents({ abortSignal: signal }),
    )) as NodeJS.ReadableStream;
    const lines = createInterface({ input: stream, crlfDelay: Infinity });

    try {
      for await (const line of lines) {
        if (line.trim() === '') continue;
        onEvent(toEngineEvent(JSON.parse(line)));
      }
    } catch (error) {
      if (signal.aborted) return;
      throw toDockerError(error);
    } finally {
      lines.close();
    }

    if (!signal.aborted) {
      throw new DockerError(
        'unreachable',
        'the engine closed the events stream',
      );
    }
  }

  const service: DockerService = {
    target,
    connect,

    listContainers: async (ids) => {
      const raw = await guard(() =>
        client().listContainers({ all: true, ...idFilter(ids) }),
      );

      const readAt = Date.now();

      return raw.map((container) => toContainerInfo(container, readAt));
    },

    listImages: async () => {
      const raw = await guard(() => client().listImages({ all: false }));

      return raw.map(toImageInfo);
    },

    containerAction: async (id: string, action: ContainerAction) => {
      const container = client().getContainer(id);
      const run: Record<ContainerAction, () => Promise<unknown>> = {
        start: () => container.start(),
        stop: () => container.stop(),
        restart: () => container.restart(),
        pause: () => container.pause(),
        unpause: () => container.unpause(),
        kill: () => container.kill(),
      };
      await guard(run[action]);
    },

    removeContainer: async (id, options) => {
      await guard(() =>
        client()
          .getContainer(id)
          .remove({ force: options.force, v: !options.keepVolumes }),
      );
    },

    removeImage,
    streamEvents,
    ...volumeCalls(client),
    ...networkCalls(client),
    ...diskUsageCalls(client),
    ...createSearch(client, credentials),
    ...createLifecycle(client, credentials),

    followLogs: (id, options, onChunk, signal) =>
      followLogs(client(), id, options, onChunk, signal),
    inspectContainer: (id) => inspectContainer(client(), id),
    containerTop: (id) => containerTop(client(), id),
    streamStats: (id, onSample, signal) =>
      streamStats(client(), id, onSample, signal),
    openShell: (id, name) => openShell(client(), id, name),
    createContainer: (spec) => createContainer(client(), spec),
    startAttached: (id, label) => startAttached(client(), id, label, product),
  };

  return withPodmanAnswers(service, () => product === 'podman');
}
