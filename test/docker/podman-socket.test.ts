import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import {
  type SocketPlaces,
  findPodmanSocket,
} from '../../src/docker/podman-socket.js';

const servers: Server[] = [];

/** A real unix socket at `path` (its folders made first), listening until the test ends. */
async function socketAt(path: string): Promise<string> {
  mkdirSync(join(path, '..'), { recursive: true });
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));

  return path;
}

/** Every place in a fresh temp folder, nothing there yet: no machine socket is seen. */
function placesIn(isRoot: boolean): SocketPlaces {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-sockets-'));

  return {
    dockerSocket: join(dir, 'var/run/docker.sock'),
    rootfulSocket: join(dir, 'run/podman/podman.sock'),
    runtimeDir: join(dir, 'run/user/1000'),
    isRoot,
  };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => new Promise((r) => s.close(r))),
  );
});

describe('finding Podman’s socket when Docker’s is absent', () => {
  it('finds the rootful socket, and resolveTarget says the engine is Podman', async () => {
    const places = placesIn(true);
    const socket = await socketAt(places.rootfulSocket);

    const target = resolveTarget(undefined, {}, places);

    expect(findPodmanSocket(places)).toBe(socket);
    expect(target).toMatchObject({
      address: `unix://${socket}`,
      source: 'podman',
      socketPath: socket,
    });
  });

  it('finds the rootless socket under XDG_RUNTIME_DIR', async () => {
    const places = placesIn(false);
    const socket = await socketAt(
      join(places.runtimeDir ?? '', 'podman/podman.sock'),
    );

    expect(findPodmanSocket(places)).toBe(socket);
  });

  it('prefers the socket of the user it runs as when both exist', async () => {
    const asRoot = placesIn(true);
    const asUser = { ...asRoot, isRoot: false };
    const rootful = await socketAt(asRoot.rootfulSocket);
    const rootless = await socketAt(
      join(asRoot.runtimeDir ?? '', 'podman/podman.sock'),
    );

    expect(findPodmanSocket(asRoot)).toBe(rootful);
    expect(findPodmanSocket(asUser)).toBe(rootless);
  });

  it('leaves Podman alone while Docker’s default socket exists', async () => {
    const places = placesIn(true);
    await socketAt(places.rootfulSocket);
    await socketAt(places.dockerSocket);

    expect(findPodmanSocket(places)).toBeNull();
    expect(resolveTarget(undefined, {}, places)).toMatchObject({
      source: 'default',
      socketPath: '/var/run/docker.sock',
    });
  });

  it('keeps the default socket, to say it is missing, when there is no Podman either', () => {
    const places = placesIn(false);

    expect(resolveTarget(undefined, {}, places)).toMatchObject({
      source: 'default',
      socketPath: '/var/run/docker.sock',
    });
  });

  it('takes a Podman path only when it is a socket, not a stray file', () => {
    const places = placesIn(true);
    mkdirSync(join(places.rootfulSocket, '..'), { recursive: true });
    writeFileSync(places.rootfulSocket, 'not a socket');

    expect(findPodmanSocket(places)).toBeNull();
  });

  it('never looks for Podman when --host or DOCKER_HOST names an engine', async () => {
    const places = placesIn(true);
    await socketAt(places.rootfulSocket);

    expect(resolveTarget('unix:///flag.sock', {}, places).source).toBe('flag');
    expect(
      resolveTarget(undefined, { DOCKER_HOST: 'tcp://h:2375' }, places).source,
    ).toBe('env');
  });
});
