import { useMemo, useState } from 'react';
import type { EngineTarget } from '../docker/connection.js';
import type { EngineDirectory } from '../docker/engines.js';
import type { DockerService } from '../docker/service.js';
import { debugLog } from '../lib/debug-log.js';
import { App } from './app.js';
import { targetLabel } from './chrome/target-label.js';
import type { HostsControl } from './hosts/use-hosts.js';

export interface RootProps {
  directory: EngineDirectory;
  /** The engine to start on, as the command line and environment chose it. */
  target: EngineTarget;
  /** The service over `target`, when one is open already (reading its lists early). */
  service?: DockerService;
}

/**
 * Owns the engine in use. Switching engines mounts a fresh app on a new service: the old
 * app's effects close everything bound to the old engine (events, log and stats streams,
 * transfers, queued actions), and nothing of its lists can leak into the new one.
 */
export function Root({ directory, target, service }: RootProps) {
  const [session, setSession] = useState(() => ({
    service: service ?? directory.open(target),
    id: 0,
  }));

  const hosts = useMemo<HostsControl>(
    () => ({
      directory,
      onSwitch: (next) => {
        debugLog(`switching to ${next.address} (${targetLabel(next)})`);
        setSession((previous) => ({
          service: directory.open(next),
          id: previous.id + 1,
        }));
      },
    }),
    [directory],
  );

  return <App key={session.id} service={session.service} hosts={hosts} />;
}
