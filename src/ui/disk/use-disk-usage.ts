import { useEffect, useRef, useState } from 'react';
import type { DockerService } from '../../docker/service.js';
import type { DiskUsage } from '../../docker/types.js';

export type DiskStage =
  | { name: 'idle' }
  | { name: 'computing'; startedAt: number }
  | { name: 'ready'; usage: DiskUsage; tookMs: number }
  | { name: 'failed'; message: string };

/**
 * The engine's disk usage, computed when the view opens or on request, never on a timer.
 * Closing the view abandons a computation under way.
 */
export function useDiskUsage(service: DockerService, isOpen: boolean) {
  const [stage, setStage] = useState<DiskStage>({ name: 'idle' });
  const running = useRef<AbortController | null>(null);

  const compute = () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const startedAt = Date.now();
    setStage({ name: 'computing', startedAt });
    service.diskUsage(controller.signal).then(
      (usage) => {
        if (controller.signal.aborted) return;
        setStage({ name: 'ready', usage, tookMs: Date.now() - startedAt });
      },
      (error: Error) => {
        if (controller.signal.aborted) return;
        setStage({ name: 'failed', message: error.message });
      },
    );
  };

  useEffect(() => {
    if (!isOpen) return undefined;

    compute();

    return () => running.current?.abort();
    // Computes once per opening; `r` asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen]);

  return { stage, compute };
}
