import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where the sockets are looked for; tests point these at folders of their own. */
export interface SocketPlaces {
  /** Docker's default socket: while anything exists there, Podman is not looked for. */
  dockerSocket: string;
  /** Where a rootful Podman (its systemd podman.socket) serves the Docker API. */
  rootfulSocket: string;
  /** The user's runtime folder ($XDG_RUNTIME_DIR), where rootless Podman keeps its socket. */
  runtimeDir: string | undefined;
  isRoot: boolean;
}

type Env = Record<string, string | undefined>;

/** The places on this machine, as Podman itself uses them. */
export function systemPlaces(env: Env): SocketPlaces {
  const uid = process.getuid?.();

  return {
    dockerSocket: '/var/run/docker.sock',
    rootfulSocket: '/run/podman/podman.sock',
    runtimeDir:
      env.XDG_RUNTIME_DIR ||
      (uid === undefined ? undefined : `/run/user/${uid}`),
    isRoot: uid === 0,
  };
}

const isSocket = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isSocket() ?? false;

/**
 * Podman's Docker-compatible socket, for when nothing names an engine and Docker's default
 * socket does not exist; null when there is none either. Root looks at the rootful socket
 * first, other users at their own rootless one, since each usually may open only that.
 */
export function findPodmanSocket(places: SocketPlaces): string | null {
  if (existsSync(places.dockerSocket)) return null;

  const rootless = places.runtimeDir
    ? [join(places.runtimeDir, 'podman', 'podman.sock')]
    : [];
  const candidates = places.isRoot
    ? [places.rootfulSocket, ...rootless]
    : [...rootless, places.rootfulSocket];

  return candidates.find(isSocket) ?? null;
}
