import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../src/docker/connection.js';
import { DockerError } from '../../../src/docker/errors.js';
import { describeFailure } from '../../../src/ui/screens/describe-failure.js';

const unix = resolveTarget('unix:///run/docker.sock', {});
const tcp = resolveTarget('tcp://10.0.0.9:2375', {});
const hints = (error: DockerError, target = unix) =>
  describeFailure(error, target).hints.join(' ');

// C22: one clear screen per cause, each with its own way out.
describe('the screen for an engine that cannot be reached', () => {
  it('tells a missing socket from a socket nobody listens on', () => {
    const missing = new DockerError('unreachable', 'connect ENOENT /run/x');
    const stale = new DockerError('unreachable', 'connect ECONNREFUSED /run/x');

    expect(hints(missing)).toMatch(/^No socket exists there: start the engine/);
    expect(hints(stale)).toMatch(/^The socket exists but no engine listens/);
  });

  it('names the docker group when the socket is denied', () => {
    const denied = new DockerError('permission', 'connect EACCES /run/x');

    expect(describeFailure(denied, unix).title).toBe(
      'Permission denied on the Docker socket',
    );
    expect(hints(denied)).toMatch(/docker group/);
  });

  it('speaks of a host and port, not a socket, for a tcp engine', () => {
    const refused = new DockerError('unreachable', 'connect ECONNREFUSED');

    expect(hints(refused, tcp)).toMatch(/^Nothing answers at that host/);
    expect(hints(refused, tcp)).not.toMatch(/socket exists/);
  });

  it('tells a hung engine from a missing socket', () => {
    const hung = new DockerError(
      'unreachable',
      'the engine did not answer its version within 5 s',
    );

    expect(hints(hung)).toMatch(/never answers: the engine is hung/);
  });
});
