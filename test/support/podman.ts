import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { resolveTarget } from '../../src/docker/connection.js';
import { createCredentialStore } from '../../src/docker/credentials.js';
import { createDockerService } from '../../src/docker/engine.js';
import type { DockerService } from '../../src/docker/service.js';

const run = promisify(execFile);
const script = join(import.meta.dirname, '../../scripts/podman.sh');

export interface PrivatePodman {
  /** unix://…/podman.sock: Podman's Docker-compatible API, for this test file only. */
  host: string;
  /** The docker CLI against this Podman; its trimmed stdout. */
  docker(...args: string[]): Promise<string>;
  /** The service module, connected to this Podman, with a docker config of its own. */
  service(): Promise<DockerService>;
  stop(): Promise<void>;
}

/**
 * Starts a private Podman serving its Docker API (scripts/podman.sh), with the base image
 * imported: its own folder for storage, state and networks, never the machine's podman.
 * `insecureRegistries` (host:port) are reached over plain HTTP. Stop it in afterAll.
 */
export async function startPodman(
  insecureRegistries: string[] = [],
): Promise<PrivatePodman> {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-podman-'));
  await run('bash', [script, 'start', dir, ...insecureRegistries]);
  const host = `unix://${join(dir, 'podman.sock')}`;
  const config = join(dir, 'cli');

  return {
    host,
    docker: async (...args) => {
      const { stdout } = await run('docker', ['-H', host, ...args], {
        env: { ...process.env, DOCKER_CONTEXT: '', DOCKER_CONFIG: config },
        maxBuffer: 16 * 1024 * 1024,
      });
      return stdout.trim();
    },
    service: async () => {
      const service = createDockerService(
        resolveTarget(host, {}),
        createCredentialStore({ DOCKER_CONFIG: config }),
      );
      await service.connect();
      return service;
    },
    stop: async () => {
      await run('bash', [script, 'stop', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
