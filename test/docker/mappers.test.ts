import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import {
  exitCodeOf,
  formatPorts,
  toContainerInfo,
  toEngineEvent,
  toImageInfo,
} from '../../src/docker/mappers.js';

describe('the mappers', () => {
  it('reads the exit code from the engine status', () => {
    expect(exitCodeOf('Exited (137) 5 seconds ago')).toBe(137);
    expect(exitCodeOf('Up 3 minutes')).toBeNull();
  });

  it('prints ports as the docker CLI does, once each', () => {
    const ports = [
      { IP: '127.0.0.1', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { IP: '127.0.0.1', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' },
      { PrivatePort: 9000, Type: 'udp' },
    ] as Docker.Port[];

    expect(formatPorts(ports)).toBe('127.0.0.1:8080->80/tcp, 9000/udp');
  });

  it('names a container without its slash and reads its compose project', () => {
    const info = toContainerInfo({
      Id: 'abc',
      Names: ['/web'],
      State: 'exited',
      Status: 'Exited (2) 1 hour ago',
      Labels: { 'com.docker.compose.project': 'shop' },
    } as unknown as Docker.ContainerInfo);

    expect(info).toMatchObject({
      name: 'web',
      state: 'exited',
      exitCode: 2,
      project: 'shop',
    });
  });

  it('drops the <none> placeholders old engines send for untagged images', () => {
    const info = toImageInfo({
      Id: 'sha256:x',
      RepoTags: ['<none>:<none>'],
      RepoDigests: ['<none>@<none>'],
    } as unknown as Docker.ImageInfo);

    expect(info.repoTags).toEqual([]);
    expect(info.repoDigests).toEqual([]);
  });

  it('reads exec events without their command', () => {
    const event = toEngineEvent({
      Type: 'container',
      Action: 'exec_start: sh -c ls',
      Actor: { ID: 'abc' },
    });

    expect(event).toMatchObject({
      scope: 'container',
      action: 'exec_start',
      id: 'abc',
    });
  });

  it('names the container a network event connects, as a failed start raises no other', () => {
    const event = toEngineEvent({
      Type: 'network',
      Action: 'disconnect',
      Actor: { ID: 'net', Attributes: { container: 'abc' } },
    });

    expect(event).toMatchObject({
      scope: 'network',
      id: 'net',
      container: 'abc',
    });
  });
});
