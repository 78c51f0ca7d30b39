import type { EngineTarget } from './connection.js';
import type {
  ContainerInfo,
  EngineEvent,
  EngineInfo,
  ImageInfo,
  ImageRemoval,
} from './types.js';

export type ContainerAction =
  | 'start'
  | 'stop'
  | 'restart'
  | 'pause'
  | 'unpause'
  | 'kill';

/**
 * The one port through which the app reaches a Docker engine. The UI receives it through a
 * context; tests of pure UI behaviour may hand it a fake. Every method rejects with a
 * DockerError.
 */
export interface DockerService {
  readonly target: EngineTarget;

  /** Checks that the engine answers and agrees an API version. Call first and on reconnect. */
  connect(): Promise<EngineInfo>;

  /** Every container, running or not; only those with the given IDs when `ids` is set. */
  listContainers(ids?: readonly string[]): Promise<ContainerInfo[]>;

  /** Every top-level image (intermediate build layers left out). */
  listImages(): Promise<ImageInfo[]>;

  /** Starts, stops, restarts, pauses, unpauses or kills one container. */
  containerAction(id: string, action: ContainerAction): Promise<void>;

  /** Removes a container with its anonymous volumes; `force` stops a running one first. */
  removeContainer(id: string, options: { force: boolean }): Promise<void>;

  /**
   * Removes an image by reference or ID. By reference the engine only untags while other
   * tags remain; by ID with `force` it removes the image with all its tags.
   */
  removeImage(ref: string, options: { force: boolean }): Promise<ImageRemoval>;

  /**
   * Streams the engine's events until `signal` aborts (resolves) or the stream breaks
   * (rejects, or resolves when the engine closes it).
   */
  streamEvents(
    onEvent: (event: EngineEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;
}
