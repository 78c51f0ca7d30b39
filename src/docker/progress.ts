import { createInterface } from 'node:readline';
import { DockerError, toDockerError } from './errors.js';

/** One step of a pull, push or build, as the engine reports it. */
export type ProgressEvent =
  | {
      kind: 'layer';
      id: string;
      status: string;
      /** Bytes moved so far and in all, while the engine counts them. */
      current: number | null;
      total: number | null;
    }
  | { kind: 'line'; text: string };

interface RawMessage {
  id?: string;
  status?: string;
  stream?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string };
}

/** The event one JSON line stands for; null for lines that say nothing (aux, blanks). */
export function toProgressEvent(raw: RawMessage): ProgressEvent | null {
  if (raw.stream !== undefined) {
    const text = raw.stream.replace(/\n$/, '');
    return text === '' ? null : { kind: 'line', text };
  }

  if (!raw.status) return null;
  if (!raw.id || !raw.progressDetail) {
    return {
      kind: 'line',
      text: raw.id ? `${raw.id}: ${raw.status}` : raw.status,
    };
  }

  return {
    kind: 'layer',
    id: raw.id,
    status: raw.status,
    current: raw.progressDetail.current ?? null,
    total: raw.progressDetail.total ?? null,
  };
}

/**
 * Reads an engine progress stream to its end. The engine answers 200 before the work starts,
 * so a failure (a corrupt or missing layer, a failing build step, no access) arrives as an
 * `error` line inside the stream: it rejects with the engine's own message. An abort rejects
 * with a DockerError of kind `cancelled`.
 */
export async function followProgress(
  stream: NodeJS.ReadableStream,
  onEvent: (event: ProgressEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let failure: string | null = null;

  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;

      const raw = JSON.parse(line) as RawMessage;
      if (raw.error !== undefined || raw.errorDetail?.message) {
        failure = raw.errorDetail?.message ?? raw.error ?? 'unknown failure';
        continue;
      }

      const event = toProgressEvent(raw);
      if (event) onEvent(event);
    }
  } catch (error) {
    if (signal.aborted) throw new DockerError('cancelled', 'cancelled');
    throw toDockerError(error);
  } finally {
    lines.close();
  }

  if (signal.aborted) throw new DockerError('cancelled', 'cancelled');
  if (failure !== null) throw new DockerError('engine', failure);
}
