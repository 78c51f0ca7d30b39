import type { DockerError } from '../docker/errors.js';
import type {
  ContainerInfo,
  EngineInfo,
  ImageInfo,
  NetworkInfo,
  VolumeInfo,
} from '../docker/types.js';

/** How the app's link to the engine stands. */
export type LinkStatus =
  | { kind: 'connecting' }
  | { kind: 'live' }
  /** The engine or its events stream went away; `retryAt` is when the next try starts. */
  | { kind: 'lost'; error: DockerError; retryAt: number; attempt: number };

export interface EngineState {
  link: LinkStatus;
  engine: EngineInfo | null;
  /** True once the first full read of the lists has arrived. */
  isLoaded: boolean;
  containers: ContainerInfo[];
  images: ImageInfo[];
  volumes: VolumeInfo[];
  networks: NetworkInfo[];
}

export type EngineAction =
  | { type: 'connected'; engine: EngineInfo }
  | { type: 'lost'; error: DockerError; retryAt: number; attempt: number }
  | { type: 'retrying' }
  | {
      type: 'synced';
      containers: ContainerInfo[];
      images: ImageInfo[];
      volumes: VolumeInfo[];
      networks: NetworkInfo[];
    }
  | { type: 'images'; images: ImageInfo[] }
  | { type: 'volumes'; volumes: VolumeInfo[] }
  | { type: 'networks'; networks: NetworkInfo[] }
  /** Fresh rows for the containers in `ids`; an ID with no row here is gone. */
  | { type: 'containers-patched'; ids: string[]; containers: ContainerInfo[] };

export const initialEngineState: EngineState = {
  link: { kind: 'connecting' },
  engine: null,
  isLoaded: false,
  containers: [],
  images: [],
  volumes: [],
  networks: [],
};

function patchContainers(
  current: ContainerInfo[],
  ids: string[],
  fresh: ContainerInfo[],
): ContainerInfo[] {
  const touched = new Set(ids);
  const byId = new Map(fresh.map((c) => [c.id, c]));
  const kept: ContainerInfo[] = [];

  for (const container of current) {
    if (!touched.has(container.id)) {
      kept.push(container);
      continue;
    }

    const update = byId.get(container.id);
    if (update) kept.push(update);
    byId.delete(container.id);
  }

  return [...kept, ...byId.values()];
}

export function engineReducer(
  state: EngineState,
  action: EngineAction,
): EngineState {
  switch (action.type) {
    case 'connected':
      return { ...state, engine: action.engine, link: { kind: 'live' } };
    case 'lost':
      return {
        ...state,
        link: {
          kind: 'lost',
          error: action.error,
          retryAt: action.retryAt,
          attempt: action.attempt,
        },
      };
    case 'retrying':
      return state.link.kind === 'lost'
        ? { ...state, link: { kind: 'connecting' } }
        : state;
    case 'synced':
      return {
        ...state,
        isLoaded: true,
        containers: action.containers,
        images: action.images,
        volumes: action.volumes,
        networks: action.networks,
      };
    case 'images':
      return { ...state, images: action.images };
    case 'volumes':
      return { ...state, volumes: action.volumes };
    case 'networks':
      return { ...state, networks: action.networks };
    case 'containers-patched':
      return {
        ...state,
        containers: patchContainers(
          state.containers,
          action.ids,
          action.containers,
        ),
      };
  }
}
