import type Docker from 'dockerode';
import { LIST_TIMEOUT_MS, withDeadline } from './deadline.js';
import { guard } from './errors.js';
import type { NetworkInfo } from './types.js';

/** The networks every engine has, which it refuses to remove. */
export const BUILT_IN_NETWORKS: readonly string[] = ['bridge', 'host', 'none'];

export function toNetworkInfo(raw: Docker.NetworkInspectInfo): NetworkInfo {
  const created = Date.parse(raw.Created ?? '') / 1000;

  return {
    id: raw.Id,
    name: raw.Name,
    driver: raw.Driver ?? '',
    scope: raw.Scope ?? '',
    created: Number.isFinite(created) ? created : 0,
    labels: raw.Labels ?? {},
    isInternal: raw.Internal ?? false,
    isBuiltIn: BUILT_IN_NETWORKS.includes(raw.Name),
  };
}

/** The network calls of the service, over a connected client. */
export function networkCalls(client: () => Docker) {
  return {
    listNetworks: async (): Promise<NetworkInfo[]> => {
      const raw = await withDeadline(
        'the network list',
        LIST_TIMEOUT_MS,
        (signal) => client().listNetworks({ abortSignal: signal }),
      );

      return raw.map(toNetworkInfo);
    },

    removeNetwork: async (id: string): Promise<void> => {
      await guard(() => client().getNetwork(id).remove());
    },
  };
}
