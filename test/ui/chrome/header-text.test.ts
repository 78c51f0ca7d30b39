import { describe, expect, it } from 'vitest';
import { engineLine, tabsDetail } from '../../../src/ui/chrome/header-text.js';

const DEMO = {
  product: 'docker 20.10.24+dfsg1',
  api: 'API 1.41',
  address: 'unix:///tmp/dockhand-demo/docker.sock',
  context: 'context demo',
};
const TABS = [
  { title: 'Containers', count: 7 },
  { title: 'Images', count: 8 },
  { title: 'Registry' },
  { title: 'Volumes', count: 4 },
  { title: 'Networks', count: 4 },
];

describe("the header's engine row", () => {
  it('says it all when it fits', () => {
    expect(engineLine(DEMO, 120)).toBe(
      'dockhand docker 20.10.24+dfsg1 (API 1.41) at unix:///tmp/dockhand-demo/docker.sock · context demo',
    );
  });

  it('moves the address to the end, to be cut there, on 80 columns', () => {
    const line = engineLine(DEMO, 72);

    expect(
      line.startsWith(
        'dockhand docker 20.10.24+dfsg1 (API 1.41) · context demo · unix:',
      ),
    ).toBe(true);
  });

  it('keeps the API version while the product and context fit with it', () => {
    const podman = {
      ...DEMO,
      product: 'podman 4.3.1',
      address: 'unix:///tmp/dockhand-podman-9N0SCa/podman.sock',
      context: 'context default (DOCKER_HOST)',
    };

    expect(engineLine(podman, 112)).toBe(
      'dockhand podman 4.3.1 (API 1.41) · context default (DOCKER_HOST) · unix:///tmp/dockhand-podman-9N0SCa/podman.sock',
    );
  });

  it('drops the API version before the context on 60 columns', () => {
    const line = engineLine(DEMO, 52);

    expect(
      line.startsWith('dockhand docker 20.10.24+dfsg1 · context demo · '),
    ).toBe(true);
  });
});

describe('the pane tabs', () => {
  it('keep counts and running containers where they fit', () => {
    expect(tabsDetail(TABS, ' 3 running', 80)).toEqual({
      hasCounts: true,
      hasRunning: true,
    });
  });

  it('drop the running count, then the counts, rather than a pane, on 60 columns', () => {
    expect(tabsDetail(TABS, ' 3 running', 70)).toEqual({
      hasCounts: true,
      hasRunning: false,
    });
    expect(tabsDetail(TABS, ' 3 running', 60)).toEqual({
      hasCounts: false,
      hasRunning: false,
    });
  });
});
