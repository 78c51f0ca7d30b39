import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Env, runHelper } from './credential-helper.js';
import { DockerError } from './errors.js';
import { HUB_AUTH_KEY, HUB_DOMAIN } from './reference.js';

/** A user and password (or identity token) for one registry. */
export interface Credentials {
  username: string;
  password: string;
}

/**
 * The docker CLI's credentials, read and written as it does: a credential helper when
 * config.json names one (credHelpers per registry, else credsStore), else base64 `auths`
 * entries in config.json, kept private (0600).
 */
export interface CredentialStore {
  get(registry: string): Promise<Credentials | null>;
  store(registry: string, credentials: Credentials): Promise<void>;
  erase(registry: string): Promise<void>;
  /** Every registry config.json names, Docker Hub's key shown as docker.io. */
  registries(): Promise<string[]>;
}

interface ConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [other: string]: unknown;
}

/** The host a config key names: `https://index.docker.io/v1/` is docker.io. */
export function hostOf(key: string): string {
  const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');

  return host === 'index.docker.io' ? HUB_DOMAIN : host;
}

const keyOf = (registry: string) =>
  hostOf(registry) === HUB_DOMAIN ? HUB_AUTH_KEY : hostOf(registry);

export function createCredentialStore(env: Env = process.env): CredentialStore {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  const path = join(dir, 'config.json');

  const read = async (): Promise<ConfigFile> => {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as ConfigFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new DockerError(
        'bad-request',
        `cannot read ${path}: ${(error as Error).message}`,
      );
    }
  };

  const write = async (config: ConfigFile) => {
    await mkdir(dir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(config, null, '\t')}\n`, {
      mode: 0o600,
    });
    await chmod(temporary, 0o600);
    await rename(temporary, path);
  };

  const helperFor = (config: ConfigFile, registry: string) =>
    config.credHelpers?.[hostOf(registry)] ??
    config.credHelpers?.[keyOf(registry)] ??
    config.credsStore;

  const entryFor = (config: ConfigFile, registry: string) =>
    Object.entries(config.auths ?? {}).find(
      ([key]) => hostOf(key) === hostOf(registry),
    );

  return {
    get: async (registry) => {
      const config = await read();
      const helper = helperFor(config, registry);
      if (helper) {
        const answer = await runHelper(
          helper,
          'get',
          keyOf(registry),
          env,
        ).catch(() => null);
        if (!answer) return null;

        const parsed = JSON.parse(answer) as {
          Username?: string;
          Secret?: string;
        };
        return {
          username: parsed.Username ?? '',
          password: parsed.Secret ?? '',
        };
      }

      const auth = entryFor(config, registry)?.[1].auth;
      if (!auth) return null;

      const decoded = Buffer.from(auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
      };
    },

    store: async (registry, credentials) => {
      const config = await read();
      const helper = helperFor(config, registry);
      const key = keyOf(registry);
      const auths = { ...config.auths };
      const old = entryFor(config, registry);
      if (old) delete auths[old[0]];

      if (helper) {
        const payload = {
          ServerURL: key,
          Username: credentials.username,
          Secret: credentials.password,
        };
        await runHelper(helper, 'store', JSON.stringify(payload), env);
        // The CLI names the registry in auths without a secret, so that it is known.
        auths[key] = {};
      } else {
        const auth = Buffer.from(
          `${credentials.username}:${credentials.password}`,
        ).toString('base64');
        auths[key] = { auth };
      }

      await write({ ...config, auths });
    },

    erase: async (registry) => {
      const config = await read();
      const helper = helperFor(config, registry);
      if (helper) await runHelper(helper, 'erase', keyOf(registry), env);

      const old = entryFor(config, registry);
      if (!old) return;

      const auths = { ...config.auths };
      delete auths[old[0]];
      await write({ ...config, auths });
    },

    registries: async () => {
      const config = await read();
      const keys = [
        ...Object.keys(config.auths ?? {}),
        ...Object.keys(config.credHelpers ?? {}),
      ];

      return [...new Set(keys.map(hostOf))].sort();
    },
  };
}
