import { useCallback, useEffect, useReducer, useRef } from 'react';
import { toDockerError } from '../docker/errors.js';
import type { DockerService } from '../docker/service.js';
import type { EngineEvent } from '../docker/types.js';
import { backoffMs } from './backoff.js';
import {
  type EngineState,
  engineReducer,
  initialEngineState,
} from './engine-store.js';

/** Events arriving within this window are applied together, with one engine read. */
export const COALESCE_MS = 75;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

interface Pending {
  containers: Set<string>;
  images: boolean;
  volumes: boolean;
  networks: boolean;
}

const nothingPending = (): Pending => ({
  containers: new Set(),
  images: false,
  volumes: false,
  networks: false,
});

export interface EngineHandle {
  state: EngineState;
  /** Re-reads both lists now (after an action when events may be late, or on request). */
  refresh: () => void;
}

/**
 * Keeps the engine's lists current: one full read per connection, then the events stream
 * drives small re-reads of just what changed. When the engine or the stream goes away it
 * retries with backoff and resyncs when the engine is back. No timer polls the lists.
 */
export function useEngine(service: DockerService): EngineHandle {
  const [state, dispatch] = useReducer(engineReducer, initialEngineState);
  const pending = useRef<Pending>(nothingPending());
  const flushTimer = useRef<NodeJS.Timeout | null>(null);

  const flush = useCallback(async () => {
    flushTimer.current = null;
    const wants = pending.current;
    const ids = [...wants.containers];
    pending.current = nothingPending();

    try {
      if (ids.length > 0) {
        const containers = await service.listContainers(ids);
        dispatch({ type: 'containers-patched', ids, containers });
      }

      if (wants.images) {
        dispatch({ type: 'images', images: await service.listImages() });
      }

      // Volume and network events are rare and their lists short: re-read them whole.
      if (wants.volumes) {
        dispatch({ type: 'volumes', volumes: await service.listVolumes() });
      }

      if (wants.networks) {
        dispatch({ type: 'networks', networks: await service.listNetworks() });
      }
    } catch {
      // A read that fails here fails because the engine went away; the events stream
      // breaks at the same moment and the reconnect loop resyncs everything.
    }
  }, [service]);

  const schedule = useCallback(() => {
    flushTimer.current ??= setTimeout(() => void flush(), COALESCE_MS);
  }, [flush]);

  const onEvent = useCallback(
    (event: EngineEvent) => {
      if (event.scope === 'container' && event.id) {
        pending.current.containers.add(event.id);
      } else if (
        event.scope === 'image' ||
        event.scope === 'volume' ||
        event.scope === 'network'
      ) {
        pending.current[`${event.scope}s`] = true;
      } else {
        return;
      }

      schedule();
    },
    [schedule],
  );

  const sync = useCallback(async () => {
    const [containers, images, volumes, networks] = await Promise.all([
      service.listContainers(),
      service.listImages(),
      service.listVolumes(),
      service.listNetworks(),
    ]);
    dispatch({ type: 'synced', containers, images, volumes, networks });
  }, [service]);

  useEffect(() => {
    const stop = new AbortController();
    let attempt = 0;

    async function session(): Promise<void> {
      const engine = await service.connect();
      attempt = 0;
      dispatch({ type: 'connected', engine });
      const events = new AbortController();
      const onStop = () => events.abort();
      stop.signal.addEventListener('abort', onStop, { once: true });

      try {
        // Listen before reading so that nothing that changes during the read is missed.
        const streaming = service.streamEvents(onEvent, events.signal);
        const listing = sync();
        await Promise.all([streaming, listing]);
      } finally {
        events.abort();
        stop.signal.removeEventListener('abort', onStop);
      }
    }

    async function run(): Promise<void> {
      while (!stop.signal.aborted) {
        try {
          await session();
        } catch (error) {
          if (stop.signal.aborted) return;
          attempt += 1;
          const delay = backoffMs(attempt);
          dispatch({
            type: 'lost',
            error: toDockerError(error),
            retryAt: Date.now() + delay,
            attempt,
          });
          await sleep(delay, stop.signal);
          dispatch({ type: 'retrying' });
        }
      }
    }

    void run();

    return () => {
      stop.abort();
      if (flushTimer.current) clearTimeout(flushTimer.current);
    };
  }, [service, onEvent, sync]);

  const refresh = useCallback(() => {
    sync().catch(() => {
      // As in flush: a failed read means the engine is gone, and the loop reports that.
    });
  }, [sync]);

  return { state, refresh };
}
