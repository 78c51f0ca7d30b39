import { render } from 'ink-testing-library';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FormSpec } from '../../../src/ui/dialogs/form.js';
import { FormDialog } from '../../../src/ui/dialogs/form-dialog.js';
import { createFocusStore, scopesOf } from '../../../src/ui/focus.js';
import {
  type Handlers,
  type KeyRegistry,
  KeyRegistryContext,
  useKeyRouter,
  useSlotIn,
} from '../../../src/ui/keys-router.js';

const ENTER = '\r';
const TAB = '\t';

/** The app's key router with a prompt open, and global keys that must not fire. */
function Harness({ form, globals }: { form: FormSpec; globals: Handlers }) {
  const [store] = useState(() =>
    createFocusStore({
      pane: 'containers',
      overlay: { kind: 'form', form },
      isFiltering: false,
      view: null,
      details: null,
      run: null,
    }),
  );
  const [registry] = useState<KeyRegistry>(() => new Map());
  useKeyRouter(store, registry, () => scopesOf(store.get(), false));
  useSlotIn(registry, 'global', globals);

  return (
    <KeyRegistryContext.Provider value={registry}>
      <FormDialog form={form} height={8} onCancel={() => undefined} />
    </KeyRegistryContext.Provider>
  );
}

async function waitForFrame(frame: () => string | undefined, text: string) {
  await vi.waitFor(() => expect(frame()).toContain(text), { timeout: 2000 });

  return frame() ?? '';
}

describe('a prompt over the app', () => {
  it('takes global letters and digits as text, masks the password, and submits what was typed', async () => {
    const onSubmit = vi.fn();
    const globals = { quit: vi.fn(), 'pane-images': vi.fn(), help: vi.fn() };
    const form: FormSpec = {
      title: 'Log in',
      fields: [
        { name: 'user', label: 'user' },
        { name: 'password', label: 'password', isSecret: true },
      ],
      onSubmit,
    };
    const { stdin, lastFrame } = render(
      <Harness form={form} globals={globals} />,
    );
    await waitForFrame(lastFrame, 'Log in');

    stdin.write('q2?');
    await waitForFrame(lastFrame, 'q2?');
    stdin.write(TAB);
    stdin.write('s3cret');
    const frame = await waitForFrame(lastFrame, '••••••');
    stdin.write(ENTER);

    expect(frame).not.toContain('s3cret');
    expect(globals.quit).not.toHaveBeenCalled();
    expect(globals['pane-images']).not.toHaveBeenCalled();
    expect(globals.help).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        user: 'q2?',
        password: 's3cret',
      }),
    );
  });

  it('types nothing for a control key no binding claims (Ctrl-W, Ctrl-A, Ctrl-K)', async () => {
    const onSubmit = vi.fn();
    const form: FormSpec = {
      title: 'Tag',
      fields: [{ name: 'ref', label: 'reference' }],
      onSubmit,
    };
    const { stdin, lastFrame } = render(<Harness form={form} globals={{}} />);
    await waitForFrame(lastFrame, 'Tag');

    stdin.write('abc');
    await waitForFrame(lastFrame, 'abc');
    for (const key of ['\u0017', '\u0001', '\u000b']) stdin.write(key);
    stdin.write('d');
    await waitForFrame(lastFrame, 'abcd');
    stdin.write(ENTER);

    await vi.waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ ref: 'abcd' }),
    );
  });

  it('refuses values its check rejects and says why, without submitting', async () => {
    const onSubmit = vi.fn();
    const form: FormSpec = {
      title: 'Tag',
      fields: [{ name: 'ref', label: 'reference' }],
      validate: (v) =>
        v.ref === v.ref?.toLowerCase() ? null : 'must be lowercase',
      onSubmit,
    };
    const { stdin, lastFrame } = render(<Harness form={form} globals={{}} />);
    await waitForFrame(lastFrame, 'Tag');

    stdin.write('Bad');
    await waitForFrame(lastFrame, 'Bad');
    stdin.write(ENTER);
    await waitForFrame(lastFrame, 'must be lowercase');

    expect(onSubmit).not.toHaveBeenCalled();
  });
});
