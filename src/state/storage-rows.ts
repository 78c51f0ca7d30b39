import type {
  ContainerInfo,
  NetworkInfo,
  VolumeInfo,
} from '../docker/types.js';

export interface VolumeRow {
  volume: VolumeInfo;
  /** Names of the containers that mount it, running or not. */
  users: string[];
  /** Bytes, once computed on request; -1 before. */
  size: number;
}

export interface NetworkRow {
  network: NetworkInfo;
  /** Names of the containers attached to it, running or not. */
  attached: string[];
}

/** One row per volume, with the containers that use it and any size computed so far. */
export function volumeRows(
  volumes: readonly VolumeInfo[],
  containers: readonly ContainerInfo[],
  sizes: ReadonlyMap<string, number>,
): VolumeRow[] {
  return volumes.map((volume) => ({
    volume,
    users: containers
      .filter((c) => c.volumes.includes(volume.name))
      .map((c) => c.name),
    size: sizes.get(volume.name) ?? volume.size,
  }));
}

/** One row per network, with the containers attached to it. */
export function networkRows(
  networks: readonly NetworkInfo[],
  containers: readonly ContainerInfo[],
): NetworkRow[] {
  return networks.map((network) => ({
    network,
    attached: containers
      .filter((c) => c.networks.includes(network.name))
      .map((c) => c.name),
  }));
}
