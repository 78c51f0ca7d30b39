import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DockerOptions } from 'dockerode';
import { DockerError } from './errors.js';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/** Where an engine address came from, in the order the docker CLI looks. */
export type TargetSource = 'flag' | 'env' | 'default';

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

  // dockerode reads an empty socket path or host as its defaults (127.0.0.1:80, or the
  // local socket): an address that names neither must not reach another engine.
  const isEmpty =
    url.protocol === 'unix:' ? url.pathname === '' : url.hostname === '';
  if (
    isEmpty &&
    ['unix:', 'tcp:', 'http:', 'https:', 'ssh:'].includes(url.protocol)
  ) {
    throw new DockerError(
      'bad-request',
      `"${address}" names no ${url.protocol === 'unix:' ? 'socket' : 'host'}. Use ` +
        'unix:///path/to/docker.sock, tcp://host:port or ssh://user@host.',
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
        `cannot reach an engine over ${url.protocol.replace(':', '')}: ` +
          'use a unix, tcp or ssh address.',
      );
  }
}

/** Chooses the engine as the docker CLI does: --host, then DOCKER_HOST, then the socket. */
export function resolveTarget(
  hostFlag: string | undefined,
  env: Env = process.env,
): EngineTarget {
  const [address, source]: [string, TargetSource] = hostFlag
    ? [hostFlag, 'flag']
    : env.DOCKER_HOST
      ? [env.DOCKER_HOST, 'env']
      : [`unix://${DEFAULT_SOCKET}`, 'default'];
  const options = parseAddress(address, env);

  return {
    address,
    source,
    socketPath: options.socketPath ?? null,
    options,
  };
}
