import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import Docker from 'dockerode';
import { NEWEST_API, OLDEST_API, negotiateApi } from './api-version.js';
import type { EngineTarget } from './connection.js';
import { CONNECT_TIMEOUT_MS, withDeadline } from './deadline.js';
import { DockerError } from './errors.js';
import type { EngineInfo } from './types.js';

/** One connection to the engine: a client at the agreed API version, and its sockets. */
export interface Link {
  docker: Docker;
  engine: EngineInfo;
  /** Ends every call in flight on this link, streams included; waiting ones with `reason`. */
  cut(reason: Error): void;
}

/** dockerode's types leave out the options its version() and ping() take. */
export type WithSignal<T> = (options: {
  abortSignal: AbortSignal;
}) => Promise<T>;

export function versionOf(info: Docker.DockerVersion): EngineInfo['product'] {
  const components = (info as { Components?: { Name?: string }[] }).Components;
  const isPodman = components?.some((c) => /podman/i.test(c.Name ?? ''));

  return isPodman ? 'podman' : 'docker';
}

/**
 * Asks the engine its version, agrees an API version with it (on every reconnect: the engine
 * may have been upgraded meanwhile), and opens a client whose sockets all go through one
 * agent of the link's own, so that `cut` can end them together. Over ssh, dockerode opens
 * an agent per call, out of reach: `cut` ends nothing there.
 */
export async function openLink(target: EngineTarget): Promise<Link> {
  // Unversioned paths answer at the engine's own newest version: ask it what that is.
  const probe = new Docker(target.options);
  const version = probe.version.bind(
    probe,
  ) as unknown as WithSignal<Docker.DockerVersion>;
  const info = await withDeadline('its version', CONNECT_TIMEOUT_MS, (signal) =>
    version({ abortSignal: signal }),
  );
  const apiVersion = negotiateApi(info.ApiVersion);
  if (!apiVersion) {
    throw new DockerError(
      'api-version',
      `The engine at ${target.address} speaks API ${info.ApiVersion}; dockhand needs ` +
        `${OLDEST_API} or newer (it speaks up to ${NEWEST_API}). Upgrade the engine.`,
    );
  }

  // The options of Node's own global agent, which dockerode would use otherwise.
  const Agent = target.options.protocol === 'https' ? HttpsAgent : HttpAgent;
  const agent = new Agent({
    keepAlive: true,
    scheduling: 'lifo',
    timeout: 5000,
  });

  return {
    // dockerode hands `agent` on to docker-modem, though its types leave it out.
    docker: new Docker({
      ...target.options,
      version: `v${apiVersion}`,
      agent,
    } as Docker.DockerOptions),
    engine: {
      host: target.address,
      version: info.Version,
      apiVersion,
      os: info.Os,
      arch: info.Arch,
      product: versionOf(info),
    },
    cut: (reason) => {
      // A call still waiting for its answer fails with the socket's error: make it say why.
      for (const sockets of Object.values(agent.sockets)) {
        for (const socket of sockets ?? []) socket.destroy(reason);
      }
      agent.destroy();
    },
  };
}
