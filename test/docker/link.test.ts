import { mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import { createDockerService } from '../../src/docker/engine.js';
import { DockerError } from '../../src/docker/errors.js';

/**
 * A stand-in engine on a unix socket: it says its API version, answers lists with nothing,
 * and never answers the paths in `silent`, as a hung engine does. Hangs are the one thing a
 * real engine does not do on demand inside a test of this layer.
 */
function fakeEngine(socket: string) {
  const state = {
    apiVersion: '1.41',
    paths: [] as string[],
    silent: new Set<string>(),
  };
  const server = createServer((request, response) => {
    const path = (request.url ?? '').replace(/\?.*/, '');
    state.paths.push(path);
    if ([...state.silent].some((s) => path.endsWith(s))) return;

    response.setHeader('content-type', 'application/json');
    response.end(
      path === '/version'
        ? JSON.stringify({ ApiVersion: state.apiVersion, Version: 'fake' })
        : path.endsWith('/_ping')
          ? 'OK'
          : '[]',
    );
  });

  return { state, server: server.listen(socket) };
}

describe('the link to the engine', () => {
  let dir: string;
  let server: Server;
  let state: ReturnType<typeof fakeEngine>['state'];
  let socket: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockhand-link-'));
    socket = join(dir, 'docker.sock');
    ({ state, server } = fakeEngine(socket));
  });

  afterEach(() => {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const service = () =>
    createDockerService(resolveTarget(`unix://${socket}`, {}));

  it('agrees the API version again on every connect, as the engine may have been upgraded', async () => {
    const docker = service();

    await docker.connect();
    await docker.listContainers();
    state.apiVersion = '1.43';
    const upgraded = await docker.connect();
    await docker.listContainers();

    expect(upgraded.apiVersion).toBe('1.43');
    expect(state.paths.filter((p) => p.endsWith('/containers/json'))).toEqual([
      '/v1.41/containers/json',
      '/v1.43/containers/json',
    ]);
  });

  it('ends a call the engine never answers when it is declared lost, and refuses new ones at once', async () => {
    const docker = service();
    await docker.connect();
    state.silent.add('/containers/json');
    const waiting = docker.listContainers();
    await expect.poll(() => state.paths.at(-1)).toMatch(/containers\/json$/);

    docker.disconnect(new DockerError('unreachable', 'no answer to a ping'));

    await expect(waiting).rejects.toThrow('no answer to a ping');
    await expect(docker.listImages()).rejects.toThrow(
      'dockhand lost the engine and is reconnecting',
    );
  });

  it('gives up on a ping the engine does not answer, in plain words', async () => {
    const docker = service();
    await docker.connect();
    state.silent.add('/_ping');

    const ping = docker.ping();

    await expect(ping).rejects.toThrow(
      'the engine did not answer a ping within 5 s',
    );
  });
});
