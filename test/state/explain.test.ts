import { describe, expect, it } from 'vitest';
import { DockerError } from '../../src/docker/errors.js';
import { explain } from '../../src/state/explain.js';

describe('explain', () => {
  it('says an image in use is in use and how to get past it', () => {
    const error = new DockerError(
      'conflict',
      'conflict: unable to remove repository reference "x:1" (must force) - container 1234 is using its referenced image 5678',
    );

    expect(explain(error, 'remove')).toMatch(/^it is in use: .*press D/);
  });

  it('says a running container must be stopped first', () => {
    const error = new DockerError(
      'conflict',
      'You cannot remove a running container abc. Stop the container before attempting removal or force remove',
    );

    expect(explain(error, 'remove')).toMatch(/^it is running: stop it first/);
  });

  it('says a paused container must be unpaused', () => {
    const error = new DockerError(
      'conflict',
      'Container abc is paused. Unpause the container before stopping or killing',
    );

    expect(explain(error, 'stop')).toMatch(/^it is paused: press p/);
  });

  it('says an object gone meanwhile is gone', () => {
    const error = new DockerError('not-found', 'No such container: abc');

    expect(explain(error, 'remove')).toMatch(/no longer exists/);
  });
});

describe('explain, for refusals that force cannot get past', () => {
  it('says to stop the container when force meets an image a running container uses', () => {
    const error = new DockerError(
      'conflict',
      'conflict: unable to delete a97b55eb10d8 (cannot be forced) - image is being used by running container 7b2c873c67fc',
    );

    const text = explain(error, 'remove');

    expect(text).toMatch(/^a running container uses it.*stop that container/);
    expect(text).not.toMatch(/press D/);
  });

  it('shortens the 64-digit IDs of the engine reason to 12', () => {
    const id =
      'b637fb5dbd62f69c2bf2a5c8106cb70a4adbe889f6d7cd03f7aa1e8b01368d89';
    const error = new DockerError('conflict', `Container ${id} is not running`);

    expect(explain(error, 'pause')).toContain('Container b637fb5dbd62 is not');
  });
});
