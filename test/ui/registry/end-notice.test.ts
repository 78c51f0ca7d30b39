import { describe, expect, it } from 'vitest';
import type { TransferState } from '../../../src/state/transfer.js';
import { endNotice } from '../../../src/ui/registry/use-lifecycle-controller.js';

const PUSH = { base: 'push', done: 'Pushed' };
const failed = (error: string): TransferState => ({
  title: 'Push x',
  phase: 'failed',
  layers: [],
  lines: [],
  error,
});

describe('the status line after a push or pull', () => {
  it('says where to log in when the registry wanted credentials', () => {
    const notice = endNotice(
      PUSH,
      'h:5000/a:1',
      failed('no basic auth credentials'),
    );

    expect(notice.text).toBe(
      'Could not push h:5000/a:1: no basic auth credentials · log in first: 3, then L',
    );
  });

  it('adds nothing to other failures', () => {
    const notice = endNotice(PUSH, 'h:5000/a:1', failed('blob unknown'));

    expect(notice.text).toBe('Could not push h:5000/a:1: blob unknown');
  });
});
