import type { ProgressEvent } from '../docker/progress.js';

/** One layer of a pull or push: what the engine last said of it and its bytes. */
export interface LayerProgress {
  id: string;
  status: string;
  /** Bytes moved; the layer's size once known. Extracting does not count again. */
  current: number;
  total: number | null;
}

export type TransferPhase = 'running' | 'done' | 'failed' | 'cancelled';

/** What a transfer or build view shows. */
export interface TransferState {
  title: string;
  phase: TransferPhase;
  layers: LayerProgress[];
  /** Lines the engine printed that name no layer: build output, digests, summaries. */
  lines: string[];
  error: string | null;
}

/** Lines kept for the view: a long build keeps its last ones. */
export const KEPT_LINES = 500;

const FINISHED =
  /^(download complete|pull complete|pushed|layer already exists|already exists)$/i;
const COUNTED = /^(downloading|pushing)$/i;

export function startTransfer(title: string): TransferState {
  return { title, phase: 'running', layers: [], lines: [], error: null };
}

function nextLayer(
  layer: LayerProgress,
  event: ProgressEvent & { kind: 'layer' },
): LayerProgress {
  const total =
    COUNTED.test(event.status) && event.total ? event.total : layer.total;
  const current = FINISHED.test(event.status)
    ? (total ?? layer.current)
    : COUNTED.test(event.status) && event.current !== null
      ? event.current
      : layer.current;

  return { id: layer.id, status: event.status, current, total };
}

/** The state after one event from the engine's stream. */
export function applyProgress(
  state: TransferState,
  event: ProgressEvent,
): TransferState {
  if (event.kind === 'line') {
    return { ...state, lines: [...state.lines, event.text].slice(-KEPT_LINES) };
  }

  const index = state.layers.findIndex((l) => l.id === event.id);
  const base = state.layers[index] ?? {
    id: event.id,
    status: '',
    current: 0,
    total: null,
  };
  const layers = [...state.layers];
  if (index === -1) layers.push(nextLayer(base, event));
  else layers[index] = nextLayer(base, event);

  return { ...state, layers };
}

/** Bytes moved and in all over the layers whose size is known. */
export function totalBytes(state: TransferState): {
  current: number;
  total: number;
} {
  return state.layers.reduce(
    (sum, layer) =>
      layer.total === null
        ? sum
        : {
            current: sum.current + layer.current,
            total: sum.total + layer.total,
          },
    { current: 0, total: 0 },
  );
}

/** The state once the stream ended: done, or failed with the engine's message. */
export function finishTransfer(
  state: TransferState,
  error: { kind: string; message: string } | null,
): TransferState {
  if (!error) return { ...state, phase: 'done' };
  if (error.kind === 'cancelled') return { ...state, phase: 'cancelled' };
  if (error.kind === 'unreachable') {
    // The connection broke halfway (engine stopped, or cut as hung): nothing says how far
    // the engine got, so say plainly that it did not finish.
    return {
      ...state,
      phase: 'failed',
      error:
        `the engine went away before it finished (${error.message}); ` +
        'start it again once the engine is back',
    };
  }

  return { ...state, phase: 'failed', error: error.message };
}
