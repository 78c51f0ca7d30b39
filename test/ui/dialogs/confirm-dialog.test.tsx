import { afterEach, describe, expect, it } from 'vitest';
import {
  ConfirmDialog,
  confirmHeight,
} from '../../../src/ui/dialogs/confirm-dialog.js';
import type { Confirmation } from '../../../src/ui/dialogs/confirmation.js';
import { type Rendered, renderInk } from '../../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

const question: Confirmation = {
  title: 'Force-remove 1 image with all their tags?',
  lines: [
    'a97b55eb10d8 (1.9 MB), 3 tags: demo/web:1.0, demo/web:latest, registry.example.com/team/web:stable',
  ],
  warnings: [
    'a97b55eb10d8 is used by 2 containers (shop-worker, shop-web): they stay and show the image by ID; the engine refuses while 1 of them run.',
  ],
  onConfirm: () => undefined,
};

describe('the confirmation at a narrow width', () => {
  it('wraps what will go and the warnings instead of cutting their ends', async () => {
    view = renderInk(
      <ConfirmDialog confirmation={question} width={60} maxRows={20} />,
      {
        columns: 60,
        rows: 20,
      },
    );

    const frame = await view.waitFor('y/Enter');
    const flat = frame.replace(/[│\s]+/g, ' ');

    expect(flat).toContain('registry.example.com/team/web:stable');
    expect(flat).toContain('the engine refuses while 1 of them run.');
    expect(frame.split('\n').filter((l) => l.trim())).toHaveLength(
      confirmHeight(question, 60, 20),
    );
  });

  it('keeps an endless warning to three lines, cut with an ellipsis', async () => {
    const long = { ...question, warnings: ['word '.repeat(200)] };
    view = renderInk(
      <ConfirmDialog confirmation={long} width={60} maxRows={20} />,
      {
        columns: 60,
        rows: 20,
      },
    );

    const frame = await view.waitFor('y/Enter');

    // frame and question 3, title 1, the item wrapped in 2, the warning cut at 3
    expect(confirmHeight(long, 60, 20)).toBe(3 + 1 + 2 + 3);
    expect(frame).toContain('…');
  });

  it('falls back to one line each, keeping the warnings and counting the items left out, where the terminal is short', async () => {
    const many = { ...question, lines: ['one', 'two', 'three', 'four'] };
    view = renderInk(
      <ConfirmDialog confirmation={many} width={60} maxRows={7} />,
      { columns: 60, rows: 20 },
    );

    const frame = await view.waitFor('y/Enter');

    expect(confirmHeight(many, 60, 7)).toBe(7);
    expect(frame).toContain('one');
    expect(frame).toContain('… 3 more: widen the terminal');
    expect(frame).toContain('! a97b55eb10d8 is used by 2 containers');
  });
});
