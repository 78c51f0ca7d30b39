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
  /** `attempt` is 0 for the first connection, then counts the reconnects tried. */
  | { kind: 'connecting'; attempt: number }
  | { kind: 'live' }
  /** The engine or its events stream went away; `retryAt` is when the next try starts. */
  | { kind: 'lost'; error: DockerError; retryAt: number; attempt: number };

export interface EngineState {
  link: LinkStatus;
  /** When the lists on screen stopped being live (ms); null while they are. */
  staleSince: number | null;
  /**
   * Counts the connections made: views that hold a stream (logs, stats) open it again
   * when this changes, as a lost engine takes every stream with it.
   */
  session: number;
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
  | {
      type: 'lost';
      error: DockerError;
      retryAt: number;
      attempt: number;
      /** When the loss was seen (ms). */
      at: number;
    }
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
  link: { kind: 'connecting', attempt: 0 },
  staleSince: null,
  session: 0,
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
      return {
        ...state,
        engine: action.engine,
        link: { kind: 'live' },
        staleSince: null,
        session: state.session + 1,
      };
    case 'lost':
      return {
        ...state,
        staleSince: state.staleSince ?? action.at,
        link: {
          kind: 'lost',
          error: action.error,
          retryAt: action.retryAt,
          attempt: action.attempt,
        },
      };
    case 'retrying':
      return state.link.kind === 'lost'
        ? {
            ...state,
            link: { kind: 'connecting', attempt: state.link.attempt },
          }
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
