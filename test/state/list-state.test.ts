import { describe, expect, it } from 'vitest';
import {
  type ListState,
  cursorOf,
  initialListState,
  listReducer,
  windowStart,
} from '../../src/state/list-state.js';

const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
const move = (state: ListState, motion: 'down' | 'up' | 'page-down' | 'last') =>
  listReducer(state, { type: 'move', motion, keys, height: 10 });

describe('the list reducer', () => {
  it('moves, pages and stops at both ends', () => {
    const down = move(initialListState, 'down');
    const paged = move(down, 'page-down');
    const last = move(paged, 'last');
    const past = move(last, 'down');
    const top = move(initialListState, 'up');

    expect(cursorOf(down, keys)).toBe(1);
    expect(cursorOf(paged, keys)).toBe(10);
    expect(cursorOf(last, keys)).toBe(99);
    expect(cursorOf(past, keys)).toBe(99);
    expect(cursorOf(top, keys)).toBe(0);
  });

  it('keeps the cursor on the same object when rows move under it', () => {
    const state = move(move(initialListState, 'down'), 'down');
    const reordered = ['new', ...keys];

    expect(cursorOf(state, reordered)).toBe(3);
  });

  it('stays at the same position when the object under the cursor vanishes', () => {
    const state = move(move(initialListState, 'down'), 'down');
    const without = keys.filter((key) => key !== 'k2');

    expect(cursorOf(state, without)).toBe(2);
  });

  it('marks the cursor row and moves on; marking again unmarks', () => {
    const marked = listReducer(initialListState, {
      type: 'toggle-mark',
      keys,
      height: 10,
    });
    const back = move(marked, 'up');
    const unmarked = listReducer(back, {
      type: 'toggle-mark',
      keys,
      height: 10,
    });

    expect([...marked.marks]).toEqual(['k0']);
    expect(cursorOf(marked, keys)).toBe(1);
    expect(unmarked.marks.size).toBe(0);
  });

  it('edits the filter by characters, not UTF-16 units', () => {
    const typed = listReducer(initialListState, {
      type: 'filter-type',
      text: 'a😀',
    });
    const erased = listReducer(typed, { type: 'filter-erase' });

    expect(erased.filter).toBe('a');
  });

  it('cycles the sort column and resets the direction', () => {
    const reversed = listReducer(initialListState, { type: 'sort-reverse' });
    const next = listReducer(reversed, { type: 'sort-next', columnCount: 2 });
    const wrapped = listReducer(next, { type: 'sort-next', columnCount: 2 });

    expect(next).toMatchObject({ sortColumn: 1, isSortReversed: false });
    expect(wrapped.sortColumn).toBe(0);
  });
});

describe('windowStart', () => {
  it('scrolls just enough to keep the cursor visible', () => {
    expect(windowStart(0, 15, 10, 100)).toBe(6);
    expect(windowStart(20, 15, 10, 100)).toBe(15);
    expect(windowStart(0, 3, 10, 100)).toBe(0);
  });

  it('never leaves blank rows at the bottom when the list shrinks', () => {
    expect(windowStart(90, 95, 10, 96)).toBe(86);
  });
});

describe('marks on objects that vanish', () => {
  it('drops the marks of objects no longer listed and keeps the others', () => {
    const marked = listReducer(
      listReducer(initialListState, { type: 'toggle-mark', keys, height: 10 }),
      { type: 'toggle-mark', keys, height: 10 },
    );

    const kept = listReducer(marked, {
      type: 'keep-marks',
      keys: new Set(keys.filter((key) => key !== 'k0')),
    });

    expect([...marked.marks]).toEqual(['k0', 'k1']);
    expect([...kept.marks]).toEqual(['k1']);
  });
});
