import type { DockerService } from './service.js';
import type { EngineEvent } from './types.js';

/** A promise handed out once; it never counts as unhandled while it waits. */
function once<T>(promise: Promise<T>): () => Promise<T> | undefined {
  let kept: Promise<T> | undefined = promise;
  promise.catch(() => undefined);

  return () => {
    const taken = kept;
    kept = undefined;
    return taken;
  };
}

export interface FirstRead {
  /** The service, its first connect, events stream and lists served from the first read. */
  service: DockerService;
  /** Settles once the engine answered the version check and the reads went out, or failed. */
  isAsked: Promise<void>;
}

/**
 * Starts the engine's first read at once: connect, then the events stream, then the four
 * lists, so that the engine answers while the terminal UI's code still loads. The service
 * returned serves the first of each of those calls from what is already on its way, and
 * every other call from the engine. Events are listened to before the lists are read (as
 * useEngine does, so that no change falls between the two), and those that come before the
 * app listens are kept for it. When connecting fails, nothing of the first read is kept.
 */
export function withFirstRead(service: DockerService): FirstRead {
  const connected = service.connect();
  const stop = new AbortController();
  const early: EngineEvent[] = [];
  let listener: (event: EngineEvent) => void = (event) => early.push(event);
  const after = <T>(call: () => Promise<T>) => once(connected.then(call));

  const connecting = once(connected);
  const first = {
    events: after(() => service.streamEvents((e) => listener(e), stop.signal)),
    containers: after(() => service.listContainers()),
    images: after(() => service.listImages()),
    volumes: after(() => service.listVolumes()),
    networks: after(() => service.listNetworks()),
  };
  // The next connection reads everything afresh.
  connected.catch(() => Object.values(first).forEach((take) => take()));

  const isAsked = connected.then(
    () => undefined,
    () => undefined,
  );
  const served: DockerService = {
    ...service,
    connect: () => connecting() ?? service.connect(),
    listContainers: (ids) =>
      (ids ? undefined : first.containers()) ?? service.listContainers(ids),
    listImages: () => first.images() ?? service.listImages(),
    listVolumes: () => first.volumes() ?? service.listVolumes(),
    listNetworks: () => first.networks() ?? service.listNetworks(),
    streamEvents: (onEvent, signal) => {
      const streaming = first.events();
      if (!streaming) return service.streamEvents(onEvent, signal);

      listener = onEvent;
      early.splice(0).forEach(onEvent);
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      if (signal.aborted) stop.abort();

      return streaming;
    },
  };

  return { service: served, isAsked };
}
