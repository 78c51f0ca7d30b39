import type { EngineTarget } from '../../docker/connection.js';

/** Which context (or which of dockhand's own engines) a target is, in a few words. */
export function targetLabel(target: EngineTarget): string {
  switch (target.source) {
    case 'flag':
      return `context ${target.name} (--host)`;
    case 'env':
      return `context ${target.name} (DOCKER_HOST)`;
    case 'default':
    case 'context':
      return `context ${target.name}`;
    case 'podman':
      return 'Podman’s socket, as /var/run/docker.sock does not exist';
    case 'settings':
      return `engine ${target.name} (dockhand settings)`;
  }
}
