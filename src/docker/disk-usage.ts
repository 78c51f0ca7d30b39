import type Docker from 'dockerode';
import { requireApi } from './api-version.js';
import { idFilter } from './compat.js';
import { guard } from './errors.js';
import { toContainerInfo, toImageInfo } from './mappers.js';
import type {
  BuildCacheInfo,
  BuildCachePrune,
  ContainerUsage,
  DiskUsage,
} from './types.js';
import { type RawVolume, toVolumeInfo } from './volumes.js';

type RawContainer = Docker.ContainerInfo & {
  SizeRw?: number;
  SizeRootFs?: number;
};

interface RawBuildCache {
  ID: string;
  Type?: string;
  Description?: string;
  Size?: number;
  CreatedAt?: string;
  LastUsedAt?: string | null;
  InUse?: boolean;
  Shared?: boolean;
}

interface RawPrune {
  CachesDeleted?: string[] | null;
  SpaceReclaimed?: number;
}

interface RawDiskUsage {
  LayersSize?: number;
  Images?: (Docker.ImageInfo & { Containers?: number })[] | null;
  Containers?: RawContainer[] | null;
  Volumes?: RawVolume[] | null;
  BuildCache?: RawBuildCache[] | null;
}

const seconds = (time: string | null | undefined): number => {
  const ms = Date.parse(time ?? '');

  return Number.isFinite(ms) ? ms / 1000 : 0;
};

export function toContainerUsage(raw: RawContainer): ContainerUsage {
  return {
    ...toContainerInfo(raw),
    sizeRw: raw.SizeRw ?? 0,
    sizeRootFs: raw.SizeRootFs ?? 0,
  };
}

function toBuildCacheInfo(raw: RawBuildCache): BuildCacheInfo {
  return {
    id: raw.ID,
    type: raw.Type ?? '',
    description: raw.Description ?? '',
    size: raw.Size ?? 0,
    created: seconds(raw.CreatedAt),
    lastUsed: seconds(raw.LastUsedAt),
    isInUse: raw.InUse ?? false,
    isShared: raw.Shared ?? false,
  };
}

export function toDiskUsage(raw: RawDiskUsage): DiskUsage {
  return {
    layersSize: raw.LayersSize ?? 0,
    images: (raw.Images ?? []).map((image) => ({
      ...toImageInfo(image),
      containerCount: image.Containers ?? -1,
    })),
    containers: (raw.Containers ?? []).map(toContainerUsage),
    volumes: (raw.Volumes ?? []).map((volume) => ({
      ...toVolumeInfo(volume),
      refCount: volume.UsageData?.RefCount ?? -1,
    })),
    buildCache: (raw.BuildCache ?? []).map(toBuildCacheInfo),
  };
}

/**
 * The disk-usage calls of the service, over a connected client that speaks the API version
 * `agreed` gives.
 */
export function diskUsageCalls(client: () => Docker, agreed: () => string) {
  return {
    diskUsage: async (signal?: AbortSignal): Promise<DiskUsage> => {
      const docker = client();
      // dockerode takes the signal, but its types do not know the options argument.
      const df = docker.df.bind(docker) as unknown as (options: {
        abortSignal?: AbortSignal;
      }) => Promise<RawDiskUsage>;

      return toDiskUsage(await guard(() => df({ abortSignal: signal })));
    },

    containerSizes: async (
      ids?: readonly string[],
    ): Promise<ContainerUsage[]> => {
      const raw = await guard(() =>
        client().listContainers({ all: true, size: true, ...idFilter(ids) }),
      );

      return (raw as RawContainer[]).map(toContainerUsage);
    },

    pruneBuildCache: async (
      ids: readonly string[],
    ): Promise<BuildCachePrune> => {
      requireApi(agreed(), 'build-prune-filters');
      // dockerode's pruneBuilder sends no filters, so dial the endpoint directly. Every
      // record is named by ID, so nothing made after the plan can match.
      const answer = await guard(
        () =>
          new Promise<RawPrune>((resolve, reject) =>
            client().modem.dial(
              {
                path: '/build/prune?',
                method: 'POST',
                options: { filters: { id: [...ids] } },
                statusCodes: { 200: true, 500: 'server error' },
              },
              (error, data) =>
                error ? reject(error) : resolve((data ?? {}) as RawPrune),
            ),
          ),
      );

      return {
        deleted: answer.CachesDeleted ?? [],
        spaceReclaimed: answer.SpaceReclaimed ?? 0,
      };
    },
  };
}
