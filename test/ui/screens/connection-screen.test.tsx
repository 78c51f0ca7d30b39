import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../../src/docker/connection.js';
import { DockerError } from '../../../src/docker/errors.js';
import { ConnectionScreen } from '../../../src/ui/screens/connection-screen.js';

/** A target as resolveTarget gives it when it found Podman's socket. */
const podman = {
  ...resolveTarget('unix:///run/podman/podman.sock', {}),
  source: 'podman' as const,
};

describe('the connection screen for an engine found at Podman’s socket', () => {
  it('says it is connecting to Podman', () => {
    const { lastFrame } = render(
      <ConnectionScreen
        target={podman}
        link={{ kind: 'connecting', attempt: 0 }}
      />,
    );

    expect(lastFrame()?.replace(/\s+/g, ' ')).toContain(
      'Connecting to unix:///run/podman/podman.sock (Podman’s socket',
    );
  });

  it('says where the address came from when Podman does not answer', () => {
    const error = new DockerError('unreachable', 'connect ECONNREFUSED');
    const link = { kind: 'lost' as const, error, retryAt: 5000, attempt: 1 };

    const { lastFrame } = render(
      <ConnectionScreen target={podman} link={link} />,
    );

    // The line wraps at the test terminal's 100 columns.
    expect(lastFrame()?.replace(/\s+/g, ' ')).toContain(
      '(Podman’s socket, as /var/run/docker.sock does not exist)',
    );
  });
});
