import type Docker from 'dockerode';
import { StringDecoder } from 'node:string_decoder';
import type { LogChunk, LogOptions } from './details-types.js';
import { toDockerError } from './errors.js';
import { FrameDemuxer } from './frames.js';
import { guard } from './errors.js';

/** Sends every chunk of `stream` to `onData` until it ends or `signal` aborts. */
export function drain(
  stream: NodeJS.ReadableStream,
  onData: (chunk: Buffer) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      (stream as { destroy?: () => void }).destroy?.();
      resolve();
    };
    if (signal?.aborted) return stop();

    signal?.addEventListener('abort', stop, { once: true });
    stream.on('data', onData);
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', (error) =>
      signal?.aborted ? resolve() : reject(toDockerError(error)),
    );
  });
}

/** Turns the raw bytes of one container's log stream into text chunks, by its framing. */
export function logDecoder(
  isTty: boolean,
  onChunk: (chunk: LogChunk) => void,
): (bytes: Buffer) => void {
  // Invalid UTF-8 becomes U+FFFD; a character cut between two reads is joined again.
  if (isTty) {
    const decoder = new StringDecoder('utf8');
    return (bytes) => onChunk({ stream: 'tty', text: decoder.write(bytes) });
  }

  const demuxer = new FrameDemuxer();
  const decoders = {
    stdout: new StringDecoder('utf8'),
    stderr: new StringDecoder('utf8'),
  };

  return (bytes) => {
    for (const frame of demuxer.push(bytes)) {
      const text = decoders[frame.stream].write(frame.payload);
      if (text !== '') onChunk({ stream: frame.stream, text });
    }
  };
}

/**
 * The `since` that asks for the lines logged after the one the engine stamped `stamp`
 * (RFC 3339 with nanoseconds): one nanosecond later, as the engine keeps lines at exactly
 * `since`. Null when `stamp` is not a time.
 */
export function sinceAfter(stamp: string): string | null {
  const match = /^(.+?)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(stamp);
  const seconds = match?.[1]
    ? Date.parse(`${match[1]}${match[3]}`) / 1000
    : NaN;
  if (!match || !Number.isInteger(seconds)) return null;

  const nanos = Number((match[2] ?? '').padEnd(9, '0')) + 1;
  const carry = nanos === 1e9 ? 1 : 0;

  return `${seconds + carry}.${String(nanos % 1e9).padStart(9, '0')}`;
}

/**
 * Follows a container's logs. The framing comes from the container's own TTY setting, never
 * from the bytes: a TTY container may well print something that looks like a frame header.
 */
export async function followLogs(
  docker: Docker,
  id: string,
  options: LogOptions,
  onChunk: (chunk: LogChunk) => void,
  signal: AbortSignal,
): Promise<void> {
  const container = docker.getContainer(id);
  let stream: NodeJS.ReadableStream;
  let info: Docker.ContainerInspectInfo;
  try {
    info = await guard(() => container.inspect({ abortSignal: signal }));
    stream = await guard(() =>
      container.logs({
        follow: true,
        stdout: true,
        stderr: true,
        // Leaving tail out sends every line.
        ...(options.tail === 'all' ? {} : { tail: options.tail }),
        timestamps: options.timestamps,
        ...(options.since ? { since: options.since } : {}),
        abortSignal: signal,
      }),
    );
  } catch (error) {
    // Podman answers only once the container has printed something: closing the view of
    // a silent container aborts a request still waiting, which is no failure.
    if (signal.aborted) return;
    throw error;
  }

  await drain(stream, logDecoder(info.Config.Tty, onChunk), signal);
}
