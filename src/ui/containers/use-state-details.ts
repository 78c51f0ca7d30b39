import { useCallback, useMemo, useRef, useState } from 'react';
import type { DockerService } from '../../docker/service.js';
import type { ContainerInfo, StateDetail } from '../../docker/types.js';

/**
 * A listing that does not tell what happened: "created" is also how a failed start lists,
 * and "exited (137)" is how both a kill and an OOM kill list.
 */
export function isAmbiguous(container: ContainerInfo): boolean {
  return (
    container.state === 'created' ||
    (container.state === 'exited' && container.exitCode === 137)
  );
}

interface Known {
  /** The listing the detail was read for. */
  source: ContainerInfo;
  detail: StateDetail;
  /** Counts the asks: an answer to an earlier one never replaces a later one's. */
  turn: number;
}

export interface StateDetails {
  /** The detail read for this container, while it still lists in the same state. */
  of: (container: ContainerInfo) => StateDetail | undefined;
  /**
   * Asks the engine about the containers with these IDs whose listing is ambiguous, each
   * once per listing: the engine store gives a container a new object only when an event
   * or a full read brings it anew, and only then is it asked about again.
   */
  ask: (ids: readonly string[]) => void;
}

/**
 * Details of ambiguous states, read by inspect for the containers asked about: the pane
 * asks about its visible rows only, so a list of 10,000 created containers costs about a
 * screenful of inspects, never one per container.
 */
export function useStateDetails(
  service: DockerService,
  containers: readonly ContainerInfo[],
): StateDetails {
  const [known, setKnown] = useState<ReadonlyMap<string, Known>>(new Map());
  const asked = useRef(new WeakSet<ContainerInfo>());
  const turns = useRef(0);
  const byId = useMemo(
    () => new Map(containers.map((c) => [c.id, c])),
    [containers],
  );

  const ask = useCallback(
    (ids: readonly string[]) => {
      const wanted = ids.flatMap((id) => {
        const container = byId.get(id);
        const isWanted =
          container && isAmbiguous(container) && !asked.current.has(container);
        return isWanted ? [container] : [];
      });
      if (wanted.length === 0) return;

      for (const container of wanted) asked.current.add(container);
      turns.current += 1;
      const turn = turns.current;
      // A container gone meanwhile has no detail: the list drops its row anyway.
      const reads = wanted.map((source) =>
        service
          .stateDetail(source.id)
          .then((detail) => ({ source, detail, turn })),
      );
      void Promise.allSettled(reads).then((results) =>
        setKnown((previous) => {
          const next = new Map([...previous].filter(([id]) => byId.has(id)));
          for (const result of results) {
            if (result.status !== 'fulfilled') continue;

            const { id } = result.value.source;
            const held = next.get(id);
            if (!held || held.turn < turn) next.set(id, result.value);
          }
          return next;
        }),
      );
    },
    [service, byId],
  );

  const of = useCallback(
    (container: ContainerInfo) => {
      const found = known.get(container.id);
      // Kept across re-reads that list it the same, so the row does not flicker.
      const isSame =
        found?.source.state === container.state &&
        found.source.exitCode === container.exitCode;

      return isSame ? found.detail : undefined;
    },
    [known],
  );

  return { of, ask };
}
