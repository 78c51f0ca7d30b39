import type Docker from 'dockerode';
import type {
  ContainerInfo,
  ContainerState,
  EngineEvent,
  EventScope,
  ImageInfo,
} from './types.js';
import { familiarName } from './reference.js';
import { statusParts } from './status.js';

const STATES: readonly ContainerState[] = [
  'running',
  'paused',
  'restarting',
  'removing',
  'exited',
  'created',
  'dead',
];

function toState(state: string | undefined): ContainerState {
  const lower = (state ?? '').toLowerCase();

  return STATES.find((known) => known === lower) ?? 'dead';
}

/** The exit code inside an engine status such as "Exited (137) 5 seconds ago". */
export function exitCodeOf(status: string): number | null {
  const match = /^Exited \((-?\d+)\)/.exec(status);

  return match ? Number(match[1]) : null;
}

type RawPort = Docker.Port & { IP?: string };

/** Ports as the docker CLI prints them: 127.0.0.1:8080->80/tcp, 9000/udp. */
export function formatPorts(ports: readonly RawPort[] | undefined): string {
  const seen = new Set<string>();

  for (const port of ports ?? []) {
    const inside = `${port.PrivatePort}/${port.Type}`;
    const text = port.PublicPort
      ? `${port.IP ? `${port.IP}:` : ''}${port.PublicPort}->${inside}`
      : inside;
    seen.add(text);
  }

  return [...seen].join(', ');
}

/** A container as listed, its status read as of `readAtMs`, when the engine answered. */
export function toContainerInfo(
  raw: Docker.ContainerInfo,
  readAtMs = Date.now(),
): ContainerInfo {
  const labels = raw.Labels ?? {};
  const status = raw.Status ?? '';
  const { since, health } = statusParts(status, readAtMs);

  return {
    id: raw.Id,
    name: (raw.Names?.[0] ?? raw.Id.slice(0, 12)).replace(/^\//, ''),
    image: familiarName(raw.Image ?? ''),
    imageId: raw.ImageID ?? '',
    command: raw.Command ?? '',
    state: toState(raw.State),
    status,
    statusSince: since,
    health,
    exitCode: exitCodeOf(status),
    created: raw.Created ?? 0,
    ports: formatPorts(raw.Ports as RawPort[]),
    project: labels['com.docker.compose.project'] ?? null,
    labels,
    volumes: (raw.Mounts ?? []).flatMap((m) =>
      m.Type === 'volume' && m.Name ? [m.Name] : [],
    ),
    // A stopped container names its networks but has no network IDs yet: go by name.
    networks: Object.keys(raw.NetworkSettings?.Networks ?? {}),
  };
}

export function toImageInfo(raw: Docker.ImageInfo): ImageInfo {
  // Old engines list untagged images with the placeholder names <none>:<none> and
  // <none>@<none>; they are no names at all.
  const names = (list: string[] | null | undefined) =>
    (list ?? []).filter((name) => !name.startsWith('<none>')).map(familiarName);

  return {
    id: raw.Id,
    repoTags: names(raw.RepoTags),
    repoDigests: names(raw.RepoDigests),
    created: raw.Created ?? 0,
    size: raw.Size ?? 0,
    sharedSize: raw.SharedSize ?? -1,
    labels: raw.Labels ?? {},
  };
}

interface RawEvent {
  Type?: string;
  Action?: string;
  status?: string;
  id?: string;
  Actor?: { ID?: string; Attributes?: { container?: string } };
  timeNano?: number;
  time?: number;
}

const SCOPES: readonly EventScope[] = [
  'container',
  'image',
  'volume',
  'network',
];

export function toEngineEvent(raw: RawEvent): EngineEvent {
  const scope = SCOPES.find((known) => known === raw.Type) ?? 'other';
  const container = raw.Actor?.Attributes?.container;

  return {
    scope,
    // Exec events carry their command after a colon: "exec_start: sh -c …".
    action: (raw.Action ?? raw.status ?? '').split(':')[0] ?? '',
    id: raw.Actor?.ID ?? raw.id ?? '',
    timeNano: raw.timeNano ?? (raw.time ?? 0) * 1e9,
    ...(scope === 'network' && container ? { container } : {}),
  };
}
