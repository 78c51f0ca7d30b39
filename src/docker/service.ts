import type { EngineTarget } from './connection.js';
import type { DockerError } from './errors.js';
import type { ProgressEvent } from './progress.js';
import type {
  LogChunk,
  LogOptions,
  ProcessList,
  RunSpec,
  StatsSample,
  TerminalSession,
} from './details-types.js';
import type {
  BuildCachePrune,
  BuildRequest,
  ContainerInfo,
  ContainerUsage,
  DiskUsage,
  EngineEvent,
  EngineInfo,
  ImageInfo,
  ImageRemoval,
  NetworkInfo,
  VolumeInfo,
  KnownRegistries,
  LoginRequest,
  SearchResult,
  StateDetail,
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

  /**
   * Checks that the engine answers and agrees an API version. Call first and on every
   * reconnect: the engine may have been upgraded meanwhile. Rejects when the engine does
   * not answer within a few seconds.
   */
  connect(): Promise<EngineInfo>;

  /** A cheap liveness check (/_ping); rejects when the engine does not answer within 5 s. */
  ping(): Promise<void>;

  /**
   * Ends every call in flight (lists, actions, streams; those still waiting for an answer
   * reject with `reason`) and refuses new ones at once until connect() succeeds again: once
   * the engine is lost, nothing waits on it. Over ssh, calls in flight are not ended.
   */
  disconnect(reason: DockerError): void;

  /** Every container, running or not; only those with the given IDs when `ids` is set. */
  listContainers(ids?: readonly string[]): Promise<ContainerInfo[]>;

  /** Every top-level image (intermediate build layers left out). */
  listImages(): Promise<ImageInfo[]>;

  /** Starts, stops, restarts, pauses, unpauses or kills one container. */
  containerAction(id: string, action: ContainerAction): Promise<void>;

  /**
   * Removes a container with its anonymous volumes (unless `keepVolumes`); `force` stops a
   * running one first.
   */
  removeContainer(
    id: string,
    options: { force: boolean; keepVolumes?: boolean },
  ): Promise<void>;

  /**
   * Removes an image by reference or ID. By reference the engine only untags while other
   * tags remain; by ID with `force` it removes the image with all its tags.
   */
  removeImage(ref: string, options: { force: boolean }): Promise<ImageRemoval>;

  /** Every volume, without sizes (those come from diskUsage). */
  listVolumes(): Promise<VolumeInfo[]>;

  /** Removes a volume by name; the engine refuses (conflict) while a container uses it. */
  removeVolume(name: string): Promise<void>;

  /** Every network, the built-in bridge, host and none included. */
  listNetworks(): Promise<NetworkInfo[]>;

  /** Removes a network by ID; the engine refuses built-in ones and those with endpoints. */
  removeNetwork(id: string): Promise<void>;

  /**
   * The engine's disk usage: images with shared and unique sizes, containers with their
   * layer sizes, volumes with sizes and users, build cache. Slow on big hosts: call it only
   * when asked; `signal` abandons it.
   */
  diskUsage(signal?: AbortSignal): Promise<DiskUsage>;

  /** Containers with their layer sizes (slow: the engine walks each one's files). */
  containerSizes(ids?: readonly string[]): Promise<ContainerUsage[]>;

  /** Removes the build cache records with these IDs, and only those. */
  pruneBuildCache(ids: readonly string[]): Promise<BuildCachePrune>;

  /**
   * Streams the engine's events until `signal` aborts (resolves) or the stream breaks
   * (rejects, or resolves when the engine closes it).
   */
  streamEvents(
    onEvent: (event: EngineEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;

  /** Searches Docker Hub through the engine (the engine's registry, its mirrors). */
  searchHub(term: string): Promise<SearchResult[]>;

  /**
   * Searches a Registry v2 by its catalog: repositories whose name holds `term`. Rejects
   * with a plain "does not support search" where the registry has no catalog.
   */
  searchRegistry(registry: string, term: string): Promise<SearchResult[]>;

  /** The tags of `repository` on a Registry v2. */
  listTags(registry: string, repository: string): Promise<string[]>;

  /**
   * The registries the docker CLI's config.json names (logged in, or with a helper) and
   * those dockhand's settings file lists, read afresh on each call.
   */
  knownRegistries(): Promise<KnownRegistries>;

  /**
   * Pulls `reference` (tag `latest` when it names none) with the credentials the docker CLI
   * would use. Resolves only when the engine's stream ends without an error line; rejects
   * with the engine's message when it fails halfway, and with kind `cancelled` on abort.
   */
  pullImage(
    reference: string,
    onProgress: (event: ProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;

  /** Pushes `reference` to its registry; failures and aborts as for pullImage. */
  pushImage(
    reference: string,
    onProgress: (event: ProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;

  /** Gives image `source` (a reference or ID) the new reference `target`, validated first. */
  tagImage(source: string, target: string): Promise<void>;

  /**
   * Builds an image from a folder sent as a tar that honours its .dockerignore. A failing
   * step rejects with the engine's message; an abort rejects with kind `cancelled`.
   */
  buildImage(
    request: BuildRequest,
    onProgress: (event: ProgressEvent) => void,
    signal: AbortSignal,
  ): Promise<void>;

  /**
   * Checks the credentials with the engine's auth endpoint and, when they hold, stores them
   * as the docker CLI does (credential helper, else config.json `auths`, mode 0600).
   */
  login(request: LoginRequest): Promise<void>;

  /** Forgets the stored credentials for `registry`. */
  logout(registry: string): Promise<void>;

  /**
   * Follows a container's logs: the last `options.tail` lines, then new ones as they come,
   * until `signal` aborts (resolves) or the container's stream ends. stdout and stderr stay
   * apart unless the container has a TTY.
   */
  followLogs(
    id: string,
    options: LogOptions,
    onChunk: (chunk: LogChunk) => void,
    signal: AbortSignal,
  ): Promise<void>;

  /** The engine's full description of a container (`docker inspect`), as plain JSON. */
  inspectContainer(id: string): Promise<Record<string, unknown>>;

  /**
   * What the list leaves out of a container's state: why its start failed, whether it was
   * killed for memory. An inspect per call: ask only about rows the list leaves ambiguous.
   */
  stateDetail(id: string): Promise<StateDetail>;

  /** The processes running in a container (`docker top`). */
  containerTop(id: string): Promise<ProcessList>;

  /** Streams a running container's resource use, about once a second, until `signal` aborts. */
  streamStats(
    id: string,
    onSample: (sample: StatsSample) => void,
    signal: AbortSignal,
  ): Promise<void>;

  /**
   * Opens an interactive shell in a running container: bash, else sh, else busybox sh.
   * Rejects with a plain message when the container has none of them.
   */
  openShell(id: string, name: string): Promise<TerminalSession>;

  /** Creates a container from the run form's spec, without starting it; resolves with its ID. */
  createContainer(spec: RunSpec): Promise<string>;

  /** Starts a created container with a terminal attached (`docker run -it`). */
  startAttached(id: string, label: string): Promise<TerminalSession>;
}
