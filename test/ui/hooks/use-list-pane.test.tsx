import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createFocusStore, scopesOf } from '../../../src/ui/focus.js';
import {
  type ListConfig,
  useListPane,
} from '../../../src/ui/hooks/use-list-pane.js';
import {
  type KeyRegistry,
  useKeyRouter,
  useSlotIn,
} from '../../../src/ui/keys-router.js';

const ROWS = ['alpha', 'bravo', 'charlie'];
const CONFIG: ListConfig<string> = {
  keyOf: (row) => row,
  columns: [{ title: 'NAME', width: 10, priority: 1, text: (row) => row }],
  sorts: [{ label: 'name', compare: (a, b) => a.localeCompare(b) }],
};

/** The images pane's list and its `t` key, through the app's key router. */
function Harness({ onTag }: { onTag: (rows: string[]) => void }) {
  const [store] = useState(() =>
    createFocusStore({
      pane: 'images',
      overlay: null,
      isFiltering: false,
      view: null,
      details: null,
      run: null,
    }),
  );
  const [registry] = useState<KeyRegistry>(() => new Map());
  const list = useListPane(ROWS, CONFIG, 10);
  useKeyRouter(store, registry, () => scopesOf(store.get(), false));
  useSlotIn(registry, 'images:list', list.handlers);
  useSlotIn(registry, 'images', { 'image-tag': () => onTag(list.targets()) });

  return <Text>cursor {list.cursor}</Text>;
}

describe('a list pane under a burst of keys', () => {
  it('acts on the row the motion before it reached, before React drew it', async () => {
    const onTag = vi.fn();
    const { stdin, lastFrame } = render(<Harness onTag={onTag} />);
    await vi.waitFor(() => expect(lastFrame()).toContain('cursor 0'));

    stdin.write('jjt');

    await vi.waitFor(() => expect(onTag).toHaveBeenCalledWith(['charlie']));
  });
});
