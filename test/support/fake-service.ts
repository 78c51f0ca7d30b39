import { resolveTarget } from '../../src/docker/connection.js';
import { DockerError } from '../../src/docker/errors.js';
import type {
  ContainerAction,
  DockerService,
} from '../../src/docker/service.js';
import type {
  ContainerInfo,
  EngineEvent,
  EngineInfo,
  ImageInfo,
  StateDetail,
} from '../../src/docker/types.js';

/**
 * An in-memory stand-in for the port, for pure UI behaviour only (thousands of rows, odd
 * widths, key routing). Everything that talks to an engine is tested against a real one.
 */
export interface FakeService extends DockerService {
  containers: ContainerInfo[];
  images: ImageInfo[];
  /** Calls the UI made, as "action id". */
  calls: string[];
  /** What stateDetail answers, by container ID; a clean state where none is set. */
  states: Map<string, StateDetail>;
  /** The IDs stateDetail was asked about, in order. */
  stateReads: string[];
  /** When set, container actions wait for this promise before they finish. */
  hold: Promise<void> | null;
  emit(event: Omit<EngineEvent, 'timeNano'>): void;
}

export const FAKE_ENGINE: EngineInfo = {
  host: 'unix:///fake/docker.sock',
  version: '99.0-fake',
  apiVersion: '1.41',
  os: 'linux',
  arch: 'amd64',
  product: 'docker',
};

export function container(
  name: string,
  overrides: Partial<ContainerInfo> = {},
): ContainerInfo {
  return {
    id: `${name}-id`.padEnd(64, '0'),
    name,
    image: 'local/busybox:latest',
    imageId: 'sha256:base',
    command: 'sleep 100000',
    state: 'running',
    status: 'Up 2 minutes',
    statusSince: Math.floor(Date.now() / 1000) - 120,
    health: null,
    exitCode: null,
    created: Math.floor(Date.now() / 1000) - 120,
    ports: '',
    project: null,
    labels: {},
    volumes: [],
    networks: [],
    ...overrides,
  };
}

export function image(id: string, overrides: Partial<ImageInfo> = {}) {
  return {
    id: `sha256:${id.padEnd(64, '0')}`,
    repoTags: [],
    repoDigests: [],
    created: Math.floor(Date.now() / 1000) - 3600,
    size: 1_900_000,
    sharedSize: -1,
    labels: {},
    ...overrides,
  } satisfies ImageInfo;
}

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}

export function createFakeService(
  containers: ContainerInfo[] = [],
  images: ImageInfo[] = [],
): FakeService {
  const listeners = new Set<(event: EngineEvent) => void>();
  const find = (id: string) => {
    const found = fake.containers.find((c) => c.id === id);
    if (!found) throw new DockerError('not-found', `No such container: ${id}`);

    return found;
  };

  const fake: FakeService = {
    target: resolveTarget('unix:///fake/docker.sock', {}),
    containers,
    images,
    calls: [],
    states: new Map(),
    stateReads: [],
    hold: null,
    emit: (event) => {
      for (const listener of listeners) listener({ ...event, timeNano: 0 });
    },
    connect: async () => FAKE_ENGINE,
    ping: async () => undefined,
    disconnect: () => undefined,
    listContainers: async (ids) =>
      fake.containers.filter((c) => !ids || ids.includes(c.id)),
    listImages: async () => fake.images,
    containerAction: async (id: string, action: ContainerAction) => {
      fake.calls.push(`${action} ${find(id).name}`);
      if (fake.hold) await fake.hold;
    },
    removeContainer: async (id) => {
      fake.calls.push(`remove ${find(id).name}`);
      fake.containers = fake.containers.filter((c) => c.id !== id);
      fake.emit({ scope: 'container', action: 'destroy', id });
    },
    removeImage: async (ref, options) => {
      fake.calls.push(`remove-image ${ref}${options.force ? ' force' : ''}`);

      return { untagged: [ref], deleted: [] };
    },
    listVolumes: async () => [],
    removeVolume: async (name) => {
      fake.calls.push(`remove-volume ${name}`);
    },
    listNetworks: async () => [],
    removeNetwork: async (id) => {
      fake.calls.push(`remove-network ${id}`);
    },
    diskUsage: async () => ({
      layersSize: 0,
      images: fake.images.map((i) => ({ ...i, containerCount: -1 })),
      containers: fake.containers.map((c) => ({
        ...c,
        sizeRw: 1000,
        sizeRootFs: 2000,
      })),
      volumes: [],
      buildCache: [],
    }),
    containerSizes: async () => [],
    pruneBuildCache: async () => ({ deleted: [], spaceReclaimed: 0 }),
    // Registry and transfers: recorded, answered with nothing found and done at once.
    searchHub: async (term) => {
      fake.calls.push(`search-hub ${term}`);
      return [];
    },
    searchRegistry: async (registry, term) => {
      fake.calls.push(`search ${registry} ${term}`);
      return [];
    },
    listTags: async () => [],
    knownRegistries: async () => ({ config: [], settings: [], problem: null }),
    pullImage: async (reference) => {
      fake.calls.push(`pull ${reference}`);
    },
    pushImage: async (reference) => {
      fake.calls.push(`push ${reference}`);
    },
    tagImage: async (source, target) => {
      fake.calls.push(`tag ${source} ${target}`);
    },
    buildImage: async (request) => {
      fake.calls.push(`build ${request.tag}`);
    },
    login: async (request) => {
      fake.calls.push(`login ${request.registry} ${request.username}`);
    },
    logout: async (registry) => {
      fake.calls.push(`logout ${registry}`);
    },
    // Inside a container: streams that stay open until closed, and no terminal to hand over.
    followLogs: (_id, _options, _onChunk, signal) => untilAborted(signal),
    inspectContainer: async (id) => ({ Id: id }),
    containerTop: async () => ({ titles: [], processes: [] }),
    stateDetail: async (id) => {
      fake.stateReads.push(id);
      const { exitCode } = find(id);
      const clean = {
        exitCode: exitCode ?? 0,
        error: '',
        isOomKilled: false,
        memoryLimit: 0,
      };

      return fake.states.get(id) ?? clean;
    },
    streamStats: (_id, _onSample, signal) => untilAborted(signal),
    openShell: async () => {
      throw new DockerError('engine', 'the fake engine has no terminals');
    },
    createContainer: async (spec) => {
      fake.calls.push(`create ${spec.image}`);
      return 'created-id';
    },
    startAttached: async () => {
      throw new DockerError('engine', 'the fake engine has no terminals');
    },
    streamEvents: (onEvent, signal) =>
      new Promise<void>((resolve) => {
        listeners.add(onEvent);
        signal.addEventListener('abort', () => {
          listeners.delete(onEvent);
          resolve();
        });
      }),
  };

  return fake;
}
