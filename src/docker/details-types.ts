/** View models of the details view, the shell and run: what one container looks like inside. */

import type { Duplex } from 'node:stream';

/** Where a piece of log text came from; `tty` when the container has a terminal (one stream). */
export type LogStream = 'stdout' | 'stderr' | 'tty';

export interface LogChunk {
  stream: LogStream;
  text: string;
}

export interface LogOptions {
  /** How many of the last lines to send first, or every line. */
  tail: number | 'all';
  /** The engine prefixes each line with its RFC 3339 time. */
  timestamps: boolean;
  /**
   * Only lines logged at or after this time, as the engine reads `since`: Unix seconds with
   * up to nine decimals (sinceAfter gives it). The tail then counts from there.
   */
  since?: string;
}

/** One reading of a container's resource use, with CPU worked out from the previous one. */
export interface StatsSample {
  /** Percent of one CPU, as `docker stats` shows it (200 = two CPUs busy). */
  cpuPercent: number;
  memoryUsage: number;
  memoryLimit: number;
  networkRx: number;
  networkTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

export interface ProcessList {
  titles: string[];
  processes: string[][];
}

/**
 * A terminal connected to a process in a container (exec or attach): bytes both ways over
 * `stream`, size changes passed on, and the exit code once it ends.
 */
export interface TerminalSession {
  /** What runs, for messages: "bash in web". */
  label: string;
  stream: Duplex;
  resize(columns: number, rows: number): Promise<void>;
  /**
   * The exit code once the stream has ended; null when the process still runs (the user
   * detached with Ctrl-P Ctrl-Q) or the engine did not say.
   */
  exitCode(): Promise<number | null>;
}

export type RestartPolicy = 'no' | 'always' | 'unless-stopped' | 'on-failure';

export interface PublishedPort {
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  /** Empty for every address. */
  hostIp: string;
  /** Empty for a port the engine picks. */
  hostPort: string;
}

/** What `docker run` is asked to do, as the run form gathers it. */
export interface RunSpec {
  image: string;
  name: string | null;
  /** Replaces the image's CMD when given. */
  command: string[] | null;
  env: string[];
  ports: PublishedPort[];
  /** `source:target[:ro]`: a named volume or a host path. */
  binds: string[];
  restart: { name: RestartPolicy; maximumRetryCount: number };
  autoRemove: boolean;
  /** GPUs requested from the engine: every one, a count, or none. */
  gpus: 'all' | number | null;
  /** Attached to a terminal, like `docker run -it`. */
  isInteractive: boolean;
}
