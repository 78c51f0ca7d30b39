import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Env, TlsMaterial } from './address.js';
import { DockerError } from './errors.js';

/** The context that means "no context": --host, DOCKER_HOST or the local socket. */
export const DEFAULT_CONTEXT = 'default';

/** A context's docker endpoint, as `docker context create --docker host=…` stored it. */
export interface ContextEndpoint {
  name: string;
  /** The engine address; empty when the context names none (the local socket). */
  host: string;
  /** TLS material for a tcp host, null when the context has none and verifies. */
  tls: TlsMaterial | null;
}

/** The docker CLI's config folder: DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(env: Env): string {
  return env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
}

/** The store keeps each context under the SHA-256 of its name. */
const idOf = (name: string) => createHash('sha256').update(name).digest('hex');

const metaDir = (env: Env) => join(dockerConfigDir(env), 'contexts', 'meta');

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? `it is not valid JSON (${error.message})`
        : (error as Error).message;
    throw new DockerError(
      'bad-request',
      `cannot read ${what} ${path}: ${reason}`,
    );
  }
}

/** `currentContext` in config.json (as `docker context use` sets it), if any. */
export function readCurrentContext(env: Env): string | null {
  const path = join(dockerConfigDir(env), 'config.json');
  if (!existsSync(path)) return null;

  const config = readJson(path, 'the docker config') as {
    currentContext?: unknown;
  } | null;
  const name = config?.currentContext;

  return typeof name === 'string' && name !== '' ? name : null;
}

function readTls(
  env: Env,
  id: string,
  skipVerify: boolean,
): TlsMaterial | null {
  const dir = join(dockerConfigDir(env), 'contexts', 'tls', id, 'docker');
  const read = (file: string) => {
    const path = join(dir, file);
    if (!existsSync(path)) return undefined;

    try {
      return readFileSync(path);
    } catch (error) {
      throw new DockerError(
        'bad-request',
        `cannot read ${path}: ${(error as Error).message}`,
      );
    }
  };
  const [ca, cert, key] = [read('ca.pem'), read('cert.pem'), read('key.pem')];

  // As the docker CLI: no TLS at all unless the context has material or skips the check.
  if (!ca && !cert && !key && !skipVerify) return null;

  return { ca, cert, key, verify: !skipVerify };
}

interface Meta {
  Name?: unknown;
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

function endpointOf(meta: Meta, env: Env, id: string): ContextEndpoint {
  const name = String(meta.Name);
  const docker = meta.Endpoints?.docker;
  if (!docker) {
    throw new DockerError(
      'bad-request',
      `context "${name}" has no docker endpoint`,
    );
  }

  return {
    name,
    host: typeof docker.Host === 'string' ? docker.Host : '',
    tls: readTls(env, id, docker.SkipTLSVerify === true),
  };
}

/** One context's endpoint; a plain DockerError when it is missing or unreadable. */
export function readContext(name: string, env: Env): ContextEndpoint {
  const id = idOf(name);
  const path = join(metaDir(env), id, 'meta.json');
  if (!existsSync(path)) {
    throw new DockerError(
      'not-found',
      `context "${name}" does not exist (no ${path}); ` +
        '"docker context ls" lists the contexts there are.',
    );
  }

  return endpointOf(readJson(path, 'context') as Meta, env, id);
}

type ContextEntry = { name: string } & (
  | { endpoint: ContextEndpoint }
  | { problem: string }
);

function entryOf(dir: string, id: string, env: Env): ContextEntry {
  let meta: Meta;
  try {
    meta = readJson(join(dir, id, 'meta.json'), 'context') as Meta;
  } catch (error) {
    const name = `(unreadable ${id.slice(0, 12)})`;
    return { name, problem: (error as Error).message };
  }

  try {
    return { name: String(meta.Name), endpoint: endpointOf(meta, env, id) };
  } catch (error) {
    return { name: String(meta.Name), problem: (error as Error).message };
  }
}

/** Every context in the store, sorted by name; one that cannot be read says why. */
export function listContexts(env: Env): ContextEntry[] {
  const dir = metaDir(env);
  const ids = existsSync(dir) ? readdirSync(dir) : [];

  return ids
    .map((id) => entryOf(dir, id, env))
    .sort((a, b) => a.name.localeCompare(b.name));
}
