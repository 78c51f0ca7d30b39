import { useCallback, useEffect, useReducer, useRef } from 'react';
import { toDockerError } from '../docker/errors.js';
import type { DockerService } from '../docker/service.js';
import type { EngineEvent } from '../docker/types.js';
import { sleep } from '../lib/sleep.js';
import { backoffMs } from './backoff.js';
import { watchLiveness } from './liveness.js';
import {
  type EngineState,
  engineReducer,
  initialEngineState,
} from './engine-store.js';

/** Events arriving within this window are applied together, with one engine read. */
export const COALESCE_MS = 75;

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
  // Ends the current session with a failed read; null between sessions.
  const breakSession = useRef<((error: unknown) => void) | null>(null);
  // Cuts the wait before the next reconnect short.
  const wake = useRef<AbortController | null>(null);

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
    } catch (error) {
      // The list on screen misses a change now: the session ends, and the next one reads
      // every list anew (an engine that went away, or stopped answering, fails here too).
      breakSession.current?.(error);
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
        // A start that fails raises no container event: only the network it was
        // connected to and disconnected from says that the container changed.
        if (event.container) pending.current.containers.add(event.container);
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
      const live = new AbortController();
      const onStop = () => live.abort();
      stop.signal.addEventListener('abort', onStop, { once: true });
      const broken = new Promise<never>((_, reject) => {
        breakSession.current = reject;
      });

      try {
        // Listen before reading so that nothing that changes during the read is missed.
        const streaming = service.streamEvents(onEvent, live.signal);
        const listing = sync();
        await Promise.race([
          Promise.all([streaming, listing]),
          watchLiveness(() => service.ping(), live.signal),
          broken,
        ]);
      } finally {
        breakSession.current = null;
        live.abort();
        stop.signal.removeEventListener('abort', onStop);
      }
    }

    async function run(): Promise<void> {
      while (!stop.signal.aborted) {
        try {
          await session();
        } catch (error) {
          if (stop.signal.aborted) return;
          const reason = toDockerError(error);
          // Whatever still waits on the lost engine (an action, a stream) ends now.
          service.disconnect(reason);
          attempt += 1;
          const delay = backoffMs(attempt);
          dispatch({
            type: 'lost',
            error: reason,
            retryAt: Date.now() + delay,
            attempt,
            at: Date.now(),
          });
          wake.current = new AbortController();
          await sleep(delay, wake.current.signal);
          dispatch({ type: 'retrying' });
        }
      }
    }

    void run();

    return () => {
      stop.abort();
      wake.current?.abort();
      if (flushTimer.current) clearTimeout(flushTimer.current);
    };
  }, [service, onEvent, sync]);

  const refresh = useCallback(() => {
    if (state.link.kind === 'lost') {
      wake.current?.abort();
      return;
    }

    sync().catch((error: unknown) => breakSession.current?.(error));
  }, [sync, state.link.kind]);

  return { state, refresh };
}
