import type Docker from 'dockerode';
import { LIST_TIMEOUT_MS, withDeadline } from './deadline.js';
import { guard } from './errors.js';
import type { VolumeInfo } from './types.js';

export interface RawVolume {
  Name: string;
  Driver?: string;
  Scope?: string;
  CreatedAt?: string;
  Labels?: Record<string, string> | null;
  UsageData?: { Size?: number; RefCount?: number } | null;
}

/** Engines from 23.0 label the volumes they create for one container; older ones do not. */
const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

export function toVolumeInfo(raw: RawVolume): VolumeInfo {
  const labels = raw.Labels ?? {};
  const created = raw.CreatedAt ? Date.parse(raw.CreatedAt) / 1000 : 0;

  return {
    name: raw.Name,
    driver: raw.Driver ?? '',
    scope: raw.Scope ?? '',
    created: Number.isFinite(created) ? created : 0,
    labels,
    isAnonymous: ANONYMOUS_LABEL in labels || /^[0-9a-f]{64}$/.test(raw.Name),
    size: raw.UsageData?.Size ?? -1,
  };
}

/** The volume calls of the service, over a connected client. */
export function volumeCalls(client: () => Docker) {
  return {
    listVolumes: async (): Promise<VolumeInfo[]> => {
      const answer = await withDeadline(
        'the volume list',
        LIST_TIMEOUT_MS,
        (signal) => client().listVolumes({ abortSignal: signal }),
      );

      return ((answer.Volumes ?? []) as RawVolume[]).map(toVolumeInfo);
    },

    removeVolume: async (name: string): Promise<void> => {
      await guard(() => client().getVolume(name).remove());
    },
  };
}
