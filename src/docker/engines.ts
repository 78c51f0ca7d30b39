import Docker from 'dockerode';
import type { Env } from './address.js';
import {
  type EngineTarget,
  type TargetSource,
  contextTarget,
  defaultTarget,
  settingsTarget,
} from './connection.js';
import { DEFAULT_CONTEXT, listContexts } from './context-store.js';
import { createCredentialStore } from './credentials.js';
import { createDockerService } from './engine.js';
import { versionOf } from './link.js';
import { DockerError, guard } from './errors.js';
import type { DockerService } from './service.js';
import { readEngineSettings } from './settings.js';
import type { EngineInfo } from './types.js';

export type EngineKind = 'default' | 'context' | 'settings';

/** One engine the hosts view offers. */
export interface EngineChoice {
  name: string;
  kind: EngineKind;
  /** The endpoint as the store or the settings write it. */
  address: string;
  /** Null when the endpoint cannot be used; `problem` says why. */
  target: EngineTarget | null;
  problem: string | null;
}

export interface EngineList {
  choices: EngineChoice[];
  /** Why dockhand's settings file could not be used, if it could not. */
  problem: string | null;
}

/** What an engine said when asked for its version. */
export type EngineVersion = Pick<
  EngineInfo,
  'product' | 'version' | 'apiVersion'
>;

/** The engines there are to choose from, and the way to reach one. */
export interface EngineDirectory {
  /** The default context, every context in the store, every engine in the settings. */
  list(): EngineList;
  /** Asks an engine its version; rejects with a DockerError, or after `timeoutMs`. */
  ping(target: EngineTarget, timeoutMs: number): Promise<EngineVersion>;
  /** The service over an engine, not yet connected, offering the settings' registries. */
  open(target: EngineTarget): DockerService;
}

const KINDS: Record<TargetSource, EngineKind> = {
  flag: 'default',
  env: 'default',
  default: 'default',
  podman: 'default',
  context: 'context',
  settings: 'settings',
};

/** True when `choice` is the engine `target` reaches. */
export function isChoiceOf(
  choice: EngineChoice,
  target: EngineTarget,
): boolean {
  return choice.kind === KINDS[target.source] && choice.name === target.name;
}

/** A choice of the target `make` builds; `address` is what to show if it cannot. */
function choiceOf(
  name: string,
  kind: EngineKind,
  address: string,
  make: () => EngineTarget,
): EngineChoice {
  try {
    const target = make();
    return { name, kind, address: target.address, target, problem: null };
  } catch (error) {
    return {
      name,
      kind,
      address,
      target: null,
      problem: (error as Error).message,
    };
  }
}

async function ping(
  target: EngineTarget,
  timeoutMs: number,
): Promise<EngineVersion> {
  // A signal, not dockerode's `timeout`: that one calls setTimeout on the socket, which an
  // ssh channel lacks, and the process dies of it.
  const docker = new Docker(target.options);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // dockerode takes an abortSignal here; its published types leave it out.
    const version = docker.version.bind(docker) as (options: {
      abortSignal: AbortSignal;
    }) => Promise<Docker.DockerVersion>;
    const info = await guard(() => version({ abortSignal: signal }));
    return {
      product: versionOf(info),
      version: info.Version,
      apiVersion: info.ApiVersion,
    };
  } catch (error) {
    if (!signal.aborted) throw error;
    throw new DockerError(
      'unreachable',
      `no answer within ${timeoutMs / 1000} s`,
    );
  }
}

/**
 * The engines of the docker CLI's context store and of dockhand's settings file, read
 * afresh on each listing so that a context created meanwhile shows up.
 */
export function createEngineDirectory(options: {
  hostFlag?: string;
  settingsFile: string;
  env?: Env;
}): EngineDirectory {
  const env = options.env ?? process.env;
  const { hostFlag, settingsFile } = options;

  const list = (): EngineList => {
    const settings = readEngineSettings(settingsFile);
    const defaultAddress = hostFlag || env.DOCKER_HOST || '';
    const contexts = listContexts(env).map((entry) =>
      'problem' in entry
        ? {
            name: entry.name,
            kind: 'context' as const,
            address: '',
            target: null,
            problem: entry.problem,
          }
        : choiceOf(entry.name, 'context', entry.endpoint.host, () =>
            contextTarget(entry.name, env),
          ),
    );

    return {
      choices: [
        choiceOf(DEFAULT_CONTEXT, 'default', defaultAddress, () =>
          defaultTarget(hostFlag, env),
        ),
        ...contexts,
        ...settings.engines.map((engine) =>
          choiceOf(engine.name, 'settings', engine.host, () =>
            settingsTarget(engine.name, engine.host, env),
          ),
        ),
      ],
      problem: settings.problem,
    };
  };

  // The settings' registries are offered on every engine, so each service reads them.
  const open = (target: EngineTarget) =>
    createDockerService(target, createCredentialStore(env), settingsFile);

  return { list, ping, open };
}
