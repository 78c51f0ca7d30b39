import { existsSync, readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { DockerOptions } from 'dockerode';
import { DockerError } from './errors.js';

export type Env = Record<string, string | undefined>;

/** TLS material for a tcp endpoint; `verify` false skips the check of the engine's certificate. */
export interface TlsMaterial {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  verify: boolean;
}

/** dockerode's options; `agent` carries the TLS settings dockerode does not pass on itself. */
export type EngineOptions = DockerOptions & { agent?: Agent };

// docker-modem fills every option left out from DOCKER_HOST and DOCKER_CERT_PATH in this
// process's environment. Each one is named, so that an engine chosen by a context or in the
// hosts view is the engine used, whatever DOCKER_HOST says.
const BLANK: EngineOptions = {
  socketPath: undefined,
  host: undefined,
  port: undefined,
  protocol: undefined,
  username: undefined,
  ca: undefined,
  cert: undefined,
  key: undefined,
  agent: undefined,
};

const KNOWN = ['unix:', 'tcp:', 'http:', 'https:', 'ssh:'];

const SSH_KEYS = ['id_ed25519', 'id_ecdsa', 'id_rsa'];

/** ssh authentication as the ssh client would try it: the agent, else a default key. */
function sshOptions(env: Env): DockerOptions['sshOptions'] {
  const dir = join(env.HOME || homedir(), '.ssh');
  const keyFile = SSH_KEYS.map((name) => join(dir, name)).find(existsSync);

  return {
    agent: env.SSH_AUTH_SOCK || undefined,
    privateKey: keyFile ? readFileSync(keyFile) : undefined,
  };
}

function tcpOptions(url: URL, tls: TlsMaterial | null): EngineOptions {
  const isTls = url.protocol === 'https:' || tls !== null;
  const material = tls ?? { verify: true };
  const files = { ca: material.ca, cert: material.cert, key: material.key };

  return {
    ...BLANK,
    host: url.hostname,
    port: url.port || (isTls ? '2376' : '2375'),
    protocol: isTls ? 'https' : 'http',
    ...(isTls ? files : {}),
    // dockerode hands its request no rejectUnauthorized, but it does hand on an agent.
    ...(isTls && !material.verify
      ? { agent: new Agent({ ...files, rejectUnauthorized: false }) }
      : {}),
  };
}

/**
 * Turns one engine address into dockerode options, the way the docker CLI reads it: a bare
 * `host:port` is tcp. `loadTls` is asked only for a tcp address, so that TLS settings meant
 * for tcp never stop a socket from being used.
 */
export function endpointOptions(
  address: string,
  loadTls: () => TlsMaterial | null,
  env: Env,
): EngineOptions {
  if (address.startsWith('/')) return { ...BLANK, socketPath: address };

  let url: URL;
  try {
    url = new URL(address.includes('://') ? address : `tcp://${address}`);
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
  if (isEmpty && KNOWN.includes(url.protocol)) {
    throw new DockerError(
      'bad-request',
      `"${address}" names no ${url.protocol === 'unix:' ? 'socket' : 'host'}. Use ` +
        'unix:///path/to/docker.sock, tcp://host:port or ssh://user@host.',
    );
  }

  switch (url.protocol) {
    case 'unix:':
      return { ...BLANK, socketPath: decodeURIComponent(url.pathname) };
    case 'tcp:':
    case 'http:':
    case 'https:':
      return tcpOptions(url, loadTls());
    case 'ssh:':
      return {
        ...BLANK,
        host: url.hostname,
        port: url.port || '22',
        protocol: 'ssh',
        // As the ssh client does, the user defaults to the one running dockhand.
        username:
          decodeURIComponent(url.username) || env.USER || userInfo().username,
        sshOptions: sshOptions(env),
      };
    default:
      throw new DockerError(
        'bad-request',
        `cannot reach an engine over ${url.protocol.replace(':', '')}: ` +
          'use a unix, tcp or ssh address.',
      );
  }
}
