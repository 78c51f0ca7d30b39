import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../src/docker/connection.js';
import { DockerError } from '../../../src/docker/errors.js';
import { describeFailure } from '../../../src/ui/screens/describe-failure.js';

const target = resolveTarget('unix:///run/x/docker.sock', {});

describe('describeFailure', () => {
  it('tells a hung engine from a missing socket', () => {
    const hung = describeFailure(
      new DockerError(
        'unreachable',
        'the engine did not answer its version within 5 s',
      ),
      target,
    );
    const missing = describeFailure(
      new DockerError('unreachable', 'connect ENOENT /run/x/docker.sock'),
      target,
    );

    expect(hung.hints[0]).toMatch(/never answers: the engine is hung/);
    expect(missing.hints[0]).toMatch(/^No socket exists there/);
  });
});
