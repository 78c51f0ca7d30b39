import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { describe, expect, it, vi } from 'vitest';
import {
  applyProgress,
  finishTransfer,
  startTransfer,
} from '../../../src/state/transfer.js';
import type { Transfer } from '../../../src/state/use-transfer.js';
import { KeyRegistryContext } from '../../../src/ui/keys-router.js';
import { TransferView } from '../../../src/ui/registry/transfer-view.js';

function transferOf(state: Transfer['state']): Transfer {
  return { state, start: vi.fn(), cancel: vi.fn(), close: vi.fn() };
}

const view = (transfer: Transfer) =>
  render(
    <KeyRegistryContext.Provider value={new Map()}>
      <TransferView transfer={transfer} height={12} onClose={() => undefined} />
    </KeyRegistryContext.Provider>,
  );

describe('the transfer view', () => {
  it('shows each layer with its bytes and the total', () => {
    const state = [
      {
        kind: 'layer',
        id: 'aaa',
        status: 'Downloading',
        current: 1000,
        total: 4000,
      },
      {
        kind: 'layer',
        id: 'bbb',
        status: 'Pull complete',
        current: null,
        total: null,
      },
    ] as const;
    const running = state.reduce(applyProgress, startTransfer('Pull x:1'));

    const frame = stripAnsi(view(transferOf(running)).lastFrame() ?? '');

    expect(frame).toContain('Pull x:1 running · Esc cancels');
    expect(frame).toContain('2 layers · total 1 kB / 4 kB');
    expect(frame).toMatch(/aaa +Downloading 1 kB \/ 4 kB/);
  });

  it('draws engine lines inert and ends with the failure in red words', () => {
    const started = applyProgress(startTransfer('Build y'), {
      kind: 'line',
      text: 'Step 1\u001b[2J\u001b]0;title\u0007 done',
    });
    const failed = finishTransfer(started, {
      kind: 'engine',
      message: 'COPY failed',
    });

    const styled = view(transferOf(failed)).lastFrame() ?? '';
    const frame = stripAnsi(styled);

    expect(frame).toContain('Build y failed · Esc closes');
    expect(frame).toContain('Step 1 done');
    expect(styled).not.toContain('\u001b]0;');
    expect(styled).not.toContain('\u001b[2J');
    expect(frame).toContain('COPY failed');
  });
});
