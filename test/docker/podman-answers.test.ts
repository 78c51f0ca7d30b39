import { describe, expect, it } from 'vitest';
import { toDockerError } from '../../src/docker/errors.js';
import { toProcessList } from '../../src/docker/inspect.js';
import { toImageInfo } from '../../src/docker/mappers.js';
import { familiarName } from '../../src/docker/reference.js';

describe('Podman’s answers read as Docker’s', () => {
  it('shows Docker Hub names in short, as the docker CLI does', () => {
    expect(familiarName('docker.io/library/busybox:latest')).toBe(
      'busybox:latest',
    );
    expect(familiarName('docker.io/ada/tools:1')).toBe('ada/tools:1');
    expect(familiarName('docker.io/library/a/b')).toBe('library/a/b');
    expect(familiarName('localhost/built:latest')).toBe(
      'localhost/built:latest',
    );
    expect(familiarName('quay.io/x/y@sha256:ab')).toBe('quay.io/x/y@sha256:ab');
  });

  it('lists an image’s tags and digests by those short names', () => {
    const image = toImageInfo({
      Id: 'sha256:1',
      RepoTags: ['docker.io/local/busybox:latest'],
      RepoDigests: ['docker.io/local/busybox@sha256:2'],
    } as never);

    expect(image.repoTags).toEqual(['local/busybox:latest']);
    expect(image.repoDigests).toEqual(['local/busybox@sha256:2']);
  });

  it('splits top output given as whole ps lines into columns, the command whole', () => {
    const list = toProcessList(
      ['PID   USER     COMMAND'],
      [['1 0        sleep 1000'], ['7 root     sh -c echo a  b']],
    );

    expect(list).toEqual({
      titles: ['PID', 'USER', 'COMMAND'],
      processes: [
        ['1', '0', 'sleep 1000'],
        ['7', 'root', 'sh -c echo a b'],
      ],
    });
  });

  it('keeps top output that already comes in columns', () => {
    const titles = ['UID', 'PID', 'CMD'];
    const processes = [['root', '1', 'sleep 1000']];

    expect(toProcessList(titles, processes)).toEqual({ titles, processes });
  });

  it('takes a refusal for the container’s state as a conflict', () => {
    const error = toDockerError({
      statusCode: 500,
      json: {
        message:
          'cannot remove container 1 as it is running - running or paused ' +
          'containers cannot be removed without force: container state improper',
      },
    });

    expect(error.kind).toBe('conflict');
    expect(
      toDockerError({ statusCode: 500, json: { message: 'boom' } }).kind,
    ).toBe('engine');
  });
});
