import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type EngineOptions,
  type Env,
  type TlsMaterial,
  endpointOptions,
} from './address.js';
import {
  DEFAULT_CONTEXT,
  dockerConfigDir,
  readContext,
  readCurrentContext,
} from './context-store.js';
import { DockerError } from './errors.js';
import {
  type SocketPlaces,
  findPodmanSocket,
  systemPlaces,
} from './podman-socket.js';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * Where an engine came from, in the order the docker CLI looks, or dockhand's settings;
 * `podman` is Podman's socket, looked for when Docker's default socket does not exist.
 */
export type TargetSource =
  | 'flag'
  | 'env'
  | 'context'
  | 'default'
  | 'podman'
  | 'settings';

export interface EngineTarget {
  /** The address as a person would write it: unix:///var/run/docker.sock, tcp://h:2376. */
  address: string;
  source: TargetSource;
  /**
   * The docker context in use, `default` for --host, DOCKER_HOST and the local socket; for
   * an engine from dockhand's settings, its name there.
   */
  name: string;
  /** The unix socket path, when the address is one. */
  socketPath: string | null;
  options: EngineOptions;
}

/** The command line's choice: at most one of the two. */
export interface EngineFlags {
  host?: string;
  context?: string;
}

/**
 * TLS as the docker CLI takes it from the environment: DOCKER_TLS_VERIFY (any value) turns
 * it on with the CA checked, DOCKER_TLS without; files come from DOCKER_CERT_PATH, else the
 * docker config folder. The client certificate is used when both its files exist.
 */
function tlsFromEnv(env: Env): TlsMaterial | null {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return null;

  const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env);
  const optional = (name: string) =>
    existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : undefined;
  const [cert, key] = [optional('cert.pem'), optional('key.pem')];
  const client = cert && key ? { cert, key } : {};
  if (!verify) return { ...client, verify };

  try {
    return { ca: readFileSync(join(dir, 'ca.pem')), ...client, verify };
  } catch (error) {
    throw new DockerError(
      'bad-request',
      `DOCKER_TLS_VERIFY is set but the CA certificate in ${dir} cannot be read ` +
        `(${(error as Error).message}). Set DOCKER_CERT_PATH to the folder holding ` +
        'ca.pem, cert.pem and key.pem.',
    );
  }
}

/** Turns an address given by --host or DOCKER_HOST into dockerode options, TLS from the env. */
export function parseAddress(
  address: string,
  env: Env = process.env,
): EngineOptions {
  return endpointOptions(address, () => tlsFromEnv(env), env);
}

function targetOf(
  address: string,
  source: TargetSource,
  name: string,
  options: EngineOptions,
): EngineTarget {
  return {
    address,
    source,
    name,
    socketPath: options.socketPath ?? null,
    options,
  };
}

/** The local socket, or Podman's where Docker's does not exist (see podman-socket.ts). */
function localAddress(places: SocketPlaces): [string, TargetSource] {
  const podman = findPodmanSocket(places);

  return podman
    ? [`unix://${podman}`, 'podman']
    : [`unix://${DEFAULT_SOCKET}`, 'default'];
}

/**
 * The default context: --host, else DOCKER_HOST, else the local socket (or, when TLS is
 * asked for, tcp://localhost:2376, as the docker CLI does), else Podman's socket. `places`
 * are where the local sockets are looked for.
 */
export function defaultTarget(
  host: string | undefined,
  env: Env,
  places: SocketPlaces = systemPlaces(env),
): EngineTarget {
  const isTls = Boolean(env.DOCKER_TLS_VERIFY || env.DOCKER_TLS);
  const [address, source]: [string, TargetSource] = host
    ? [host, 'flag']
    : env.DOCKER_HOST
      ? [env.DOCKER_HOST, 'env']
      : isTls
        ? ['tcp://localhost:2376', 'default']
        : localAddress(places);

  return targetOf(address, source, DEFAULT_CONTEXT, parseAddress(address, env));
}

/** A context from the docker CLI's store; `default` is the default context. */
export function contextTarget(
  name: string,
  env: Env,
  places: SocketPlaces = systemPlaces(env),
): EngineTarget {
  if (name === DEFAULT_CONTEXT) return defaultTarget(undefined, env, places);

  const endpoint = readContext(name, env);
  const address = endpoint.host || `unix://${DEFAULT_SOCKET}`;
  try {
    const options = endpointOptions(address, () => endpoint.tls, env);
    return targetOf(address, 'context', name, options);
  } catch (error) {
    throw new DockerError(
      'bad-request',
      `context "${name}" has a docker endpoint dockhand cannot use: ` +
        (error as Error).message,
    );
  }
}

function namedContext(
  name: string,
  namedBy: string,
  env: Env,
  places: SocketPlaces,
): EngineTarget {
  try {
    return contextTarget(name, env, places);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    throw new DockerError(
      error.kind,
      `cannot use the context named by ${namedBy}: ${error.message}`,
    );
  }
}

/**
 * Chooses the engine as the docker CLI does: --host or --context (not both), then
 * DOCKER_HOST, then DOCKER_CONTEXT, then config.json's current context, then the local
 * socket, else Podman's. A string stands for --host. Fails with a plain DockerError.
 */
export function resolveTarget(
  flags: EngineFlags | string = {},
  env: Env = process.env,
  places: SocketPlaces = systemPlaces(env),
): EngineTarget {
  const { host, context } = typeof flags === 'string' ? { host: flags } : flags;
  if (host && context) {
    throw new DockerError(
      'bad-request',
      'give either --host or --context, not both: each names the engine to use.',
    );
  }

  if (context) return namedContext(context, '--context', env, places);
  if (host || env.DOCKER_HOST) return defaultTarget(host, env, places);
  if (env.DOCKER_CONTEXT) {
    return namedContext(env.DOCKER_CONTEXT, 'DOCKER_CONTEXT', env, places);
  }

  const current = readCurrentContext(env);
  if (current) {
    const config = join(dockerConfigDir(env), 'config.json');
    return namedContext(current, `currentContext in ${config}`, env, places);
  }

  return defaultTarget(undefined, env, places);
}

/** An engine named in dockhand's own settings: a plain address, TLS only by https://. */
export function settingsTarget(
  name: string,
  address: string,
  env: Env,
): EngineTarget {
  const options = endpointOptions(address, () => null, env);

  return targetOf(address, 'settings', name, options);
}
