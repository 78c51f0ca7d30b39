import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DockerOptions } from 'dockerode';
import { DockerError } from './errors.js';
import {
  type SocketPlaces,
  findPodmanSocket,
  systemPlaces,
} from './podman-socket.js';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * Where an engine address came from, in the order the docker CLI looks; `podman` is
 * Podman's socket, looked for when Docker's default socket does not exist.
 */
export type TargetSource = 'flag' | 'env' | 'default' | 'podman';

export interface EngineTarget {
  /** The address as a person would write it: unix:///var/run/docker.sock, tcp://h:2376. */
  address: string;
  source: TargetSource;
  /** The unix socket path, when the address is one. */
  socketPath: string | null;
  options: DockerOptions;
}

type Env = Record<string, string | undefined>;

function tlsFiles(env: Env): Pick<DockerOptions, 'ca' | 'cert' | 'key'> {
  const dir = env.DOCKER_CERT_PATH || join(homedir(), '.docker');
  const read = (name: string) => readFileSync(join(dir, name));

  try {
    return { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') };
  } catch (error) {
    throw new DockerError(
      'bad-request',
      `DOCKER_TLS_VERIFY is set but the certificates in ${dir} cannot be read ` +
        `(${(error as Error).message}). Set DOCKER_CERT_PATH to the folder holding ` +
        'ca.pem, cert.pem and key.pem.',
    );
  }
}

/** Turns one engine address into dockerode options, the way the docker CLI reads it. */
export function parseAddress(
  address: string,
  env: Env = process.env,
): DockerOptions {
  if (address.startsWith('/')) return { socketPath: address };

  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DockerError(
      'bad-request',
      `"${address}" is not an engine address. Use unix:///path/to/docker.sock, ` +
        'tcp://host:port or ssh://user@host.',
    );
  }

  switch (url.protocol) {
    case 'unix:':
      return { socketPath: decodeURIComponent(url.pathname) };
    case 'tcp:':
    case 'http:':
    case 'https:': {
      const isTls = url.protocol === 'https:' || Boolean(env.DOCKER_TLS_VERIFY);
      const port = url.port || (isTls ? '2376' : '2375');

      return {
        host: url.hostname,
        port,
        protocol: isTls ? 'https' : 'http',
        ...(isTls ? tlsFiles(env) : {}),
      };
    }
    case 'ssh:':
      return {
        host: url.hostname,
        port: url.port || '22',
        protocol: 'ssh',
        username: decodeURIComponent(url.username) || undefined,
      };
    default:
      throw new DockerError(
        'bad-request',
        `dockhand cannot reach an engine over ${url.protocol.replace(':', '')}: ` +
          'use a unix, tcp or ssh address.',
      );
  }
}

/** The default socket, or Podman's where Docker's does not exist (see podman-socket.ts). */
function defaultAddress(places: SocketPlaces): [string, TargetSource] {
  const podman = findPodmanSocket(places);

  return podman
    ? [`unix://${podman}`, 'podman']
    : [`unix://${DEFAULT_SOCKET}`, 'default'];
}

/**
 * Chooses the engine as the docker CLI does: --host, then DOCKER_HOST, then the socket
 * (Podman's when Docker's is absent). `places` are where sockets are looked for.
 */
export function resolveTarget(
  hostFlag: string | undefined,
  env: Env = process.env,
  places: SocketPlaces = systemPlaces(env),
): EngineTarget {
  const [address, source]: [string, TargetSource] = hostFlag
    ? [hostFlag, 'flag']
    : env.DOCKER_HOST
      ? [env.DOCKER_HOST, 'env']
      : defaultAddress(places);
  const options = parseAddress(address, env);

  return {
    address,
    source,
    socketPath: options.socketPath ?? null,
    options,
  };
}
