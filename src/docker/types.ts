/** Plain view models that the service module hands to the rest of the app. */

export type ContainerState =
  | 'running'
  | 'paused'
  | 'restarting'
  | 'removing'
  | 'exited'
  | 'created'
  | 'dead';

export interface ContainerInfo {
  id: string;
  name: string;
  /** The image as the container was created from it: a reference, or an ID once untagged. */
  image: string;
  imageId: string;
  command: string;
  state: ContainerState;
  /** The engine's own summary, such as "Up 5 minutes" or "Exited (1) 2 hours ago". */
  status: string;
  /** When the status began (up since, exited at), estimated from `status`; Unix seconds. */
  statusSince: number | null;
  /** The health check's verdict ("healthy", "unhealthy"), when the container has one. */
  health: string | null;
  /** The exit code of an exited container, read from its status; null when not exited. */
  exitCode: number | null;
  /** Unix seconds. */
  created: number;
  ports: string;
  /** The compose project, from the com.docker.compose.project label. */
  project: string | null;
  labels: Record<string, string>;
  /** Names of the volumes mounted into it. */
  volumes: string[];
  /** Names of the networks it is attached to, running or not. */
  networks: string[];
}

/**
 * What only inspect tells of a container's state. The list shows a failed start as
 * "Created", like a container never started, and an OOM kill as "Exited (137)", like any
 * other kill.
 */
export interface StateDetail {
  exitCode: number;
  /** The engine's reason the last start failed; empty when none did. */
  error: string;
  isOomKilled: boolean;
  /** Bytes; 0 where the container has no memory limit. */
  memoryLimit: number;
}

export interface ImageInfo {
  id: string;
  /** `repo:tag` names; empty for a dangling image. */
  repoTags: string[];
  /** `repo@sha256:…` names the image was pulled or pushed by. */
  repoDigests: string[];
  /** Unix seconds. */
  created: number;
  size: number;
  /** Bytes shared with other images, or -1 where the engine did not compute it. */
  sharedSize: number;
  labels: Record<string, string>;
}

export interface EngineInfo {
  /** The address dockhand connected to, as a person would write it. */
  host: string;
  version: string;
  /** The API version both sides speak: the lower of the engine's and dockhand's newest. */
  apiVersion: string;
  os: string;
  arch: string;
  /** Podman answers as an engine too; its /version names its components. */
  product: 'docker' | 'podman';
}

export type EventScope = 'container' | 'image' | 'volume' | 'network' | 'other';

export interface EngineEvent {
  scope: EventScope;
  action: string;
  /** The object's ID (for images, the ID or the reference the engine names). */
  id: string;
  /** Unix nanoseconds, as the engine gives them. */
  timeNano: number;
  /** The container a network event connects or disconnects, when it names one. */
  container?: string;
}

/** What the engine did for one name when asked to remove an image. */
export interface ImageRemoval {
  untagged: string[];
  deleted: string[];
}

export interface VolumeInfo {
  name: string;
  driver: string;
  scope: string;
  /** Unix seconds; 0 where the engine gave no time. */
  created: number;
  labels: Record<string, string>;
  /** Created for one container without a name of its own (a 64-hex name, or so labelled). */
  isAnonymous: boolean;
  /** Bytes on disk, or -1 until disk usage is computed (or where the driver cannot tell). */
  size: number;
}

export interface NetworkInfo {
  id: string;
  name: string;
  driver: string;
  scope: string;
  /** Unix seconds. */
  created: number;
  labels: Record<string, string>;
  isInternal: boolean;
  /** bridge, host and none: the engine's own, which cannot be removed. */
  isBuiltIn: boolean;
}

export interface BuildCacheInfo {
  id: string;
  type: string;
  description: string;
  size: number;
  /** Unix seconds. */
  created: number;
  lastUsed: number;
  isInUse: boolean;
  isShared: boolean;
}

/** A container with the sizes the engine computes only when asked. */
export interface ContainerUsage extends ContainerInfo {
  /** Bytes written in its own layer. */
  sizeRw: number;
  /** Its own layer plus the image's. */
  sizeRootFs: number;
}

/** An image with what only the disk-usage call reports. */
export interface ImageUsage extends ImageInfo {
  /** Containers created from it, running or not; -1 where unknown. */
  containerCount: number;
}

/** The engine's disk-usage answer (GET /system/df). */
export interface DiskUsage {
  /** Bytes of all image layers, each shared layer once. */
  layersSize: number;
  images: ImageUsage[];
  containers: ContainerUsage[];
  volumes: (VolumeInfo & { refCount: number })[];
  buildCache: BuildCacheInfo[];
}

/** What the engine says it did when asked to prune build cache. */
export interface BuildCachePrune {
  deleted: string[];
  spaceReclaimed: number;
}

/** One repository a registry search found. */
export interface SearchResult {
  /** The name to pull by: `busybox` on Docker Hub, `host:port/repo` on other registries. */
  name: string;
  description: string;
  /** Docker Hub's stars; null where the registry keeps none. */
  stars: number | null;
  isOfficial: boolean;
}

/** The registries dockhand knows of: places to search, suggestions in prompts. */
export interface KnownRegistries {
  /** Those the docker CLI's config.json names (`auths`, `credHelpers`). */
  config: string[];
  /** Those dockhand's own settings file lists (`registries`). */
  settings: string[];
  /** Why the settings file could not be used; null when it could, or is absent. */
  problem: string | null;
}

/** What a build is made of: a folder, its Dockerfile (relative to it) and the tag to give. */
export interface BuildRequest {
  context: string;
  dockerfile: string;
  tag: string;
}

export interface LoginRequest {
  /** A registry host such as 127.0.0.1:5000; docker.io for Docker Hub. */
  registry: string;
  username: string;
  password: string;
}
