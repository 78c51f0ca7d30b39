import { createInterface } from 'node:readline';
import type Docker from 'dockerode';
import { OLDEST_API } from './api-version.js';
import type { EngineTarget } from './connection.js';
import { idFilter } from './compat.js';
import { type CredentialStore, createCredentialStore } from './credentials.js';
import { diskUsageCalls } from './disk-usage.js';
import { LIST_TIMEOUT_MS, PING_TIMEOUT_MS, withDeadline } from './deadline.js';
import { DockerError, guard, toDockerError } from './errors.js';
import { openShell } from './exec.js';
import { containerTop, inspectContainer, stateDetail } from './inspect.js';
import { createLifecycle } from './lifecycle.js';
import { type Link, type WithSignal, openLink } from './link.js';
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

/**
 * The service over a real engine, through dockerode. Credentials come from the docker CLI's
 * config (DOCKER_CONFIG, else ~/.docker) unless a store is given; `settingsFile`, dockhand's
 * own settings, adds the registries it lists (none without it).
 */
export function createDockerService(
  target: EngineTarget,
  credentials: CredentialStore = createCredentialStore(),
  settingsFile: string | null = null,
): DockerService {
  let link: Link | null = null;
  let isLost = false;
  let product: EngineInfo['product'] = 'docker';

  // The strictest version while not connected; client() refuses those calls anyway.
  const agreed = () => link?.engine.apiVersion ?? OLDEST_API;

  const client = (): Docker => {
    if (!link) {
      throw new DockerError(
        'unreachable',
        isLost
          ? 'dockhand lost the engine and is reconnecting'
          : 'not connected to the engine yet',
      );
    }

    return link.docker;
  };

  async function connect(): Promise<EngineInfo> {
    link = await openLink(target);
    isLost = false;
    product = link.engine.product;

    return link.engine;
  }

  function disconnect(reason: DockerError): void {
    link?.cut(reason);
    link = null;
    isLost = true;
  }

  async function ping(): Promise<void> {
    const docker = client();
    const call = docker.ping.bind(docker) as unknown as WithSignal<unknown>;
    await withDeadline('a ping', PING_TIMEOUT_MS, (signal) =>
      call({ abortSignal: signal }),
    );
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
    ping,
    disconnect,

    listContainers: async (ids) => {
      const raw = await withDeadline(
        'the container list',
        LIST_TIMEOUT_MS,
        (signal) =>
          client().listContainers({
            all: true,
            ...idFilter(ids),
            abortSignal: signal,
          } as Docker.ContainerListOptions),
      );

      const readAt = Date.now();

      return raw.map((container) => toContainerInfo(container, readAt));
    },

    listImages: async () => {
      const raw = await withDeadline(
        'the image list',
        LIST_TIMEOUT_MS,
        (signal) =>
          client().listImages({
            all: false,
            abortSignal: signal,
          } as Docker.ContainerListOptions),
      );

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
    ...diskUsageCalls(client, agreed),
    ...createSearch(client, credentials, settingsFile),
    ...createLifecycle(client, credentials),

    // async, so that a call made while the engine is lost rejects rather than throws.
    followLogs: async (id, options, onChunk, signal) =>
      followLogs(client(), id, options, onChunk, signal),
    inspectContainer: async (id) => inspectContainer(client(), id),
    containerTop: async (id) => containerTop(client(), id),
    stateDetail: async (id) => stateDetail(client(), id),
    streamStats: async (id, onSample, signal) =>
      streamStats(client(), id, onSample, signal),
    openShell: async (id, name) => openShell(client(), id, name),
    createContainer: async (spec) => createContainer(client(), spec, agreed()),
    startAttached: async (id, label) =>
      startAttached(client(), id, label, product),
  };

  return withPodmanAnswers(service, () => product === 'podman');
}
