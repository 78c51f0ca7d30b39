import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { InspectTab } from '../../../src/ui/details/inspect-tab.js';
import { container, createFakeService } from '../../support/fake-service.js';
import { waitForFrame } from '../../support/frames.js';
import { viewHarness } from '../../support/views.js';

describe('the inspect tab', () => {
  it('wraps a long command so that its full text shows (C05)', async () => {
    const command = `sleep 100000 # ${'A'.repeat(150)}END-OF-COMMAND`;
    const service = createFakeService();
    service.inspectContainer = async () => ({ Args: ['-c', command] });
    const harness = viewHarness();

    const view = render(
      harness.wrap(
        <InspectTab
          service={service}
          container={container('long')}
          width={60}
          height={20}
        />,
      ),
    );
    const frame = await waitForFrame(view, (f) => f.includes('END'));
    view.unmount();

    // Lines break at spaces: compare the text without them.
    const bare = (text: string) => text.replace(/\s/g, '');
    expect(bare(frame)).toContain(bare(`"${command}"`));
    expect(Math.max(...frame.split('\n').map((l) => l.length))).toBe(60);
  });
});
