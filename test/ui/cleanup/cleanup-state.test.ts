import { describe, expect, it } from 'vitest';
import type { PlanItem } from '../../../src/state/cleanup-plan.js';
import { AGES, CHOICES } from '../../../src/ui/cleanup/choices.js';
import {
  type CleanupAction,
  cleanupReducer,
  initialCleanupState,
  scopeOfStage,
} from '../../../src/ui/cleanup/cleanup-state.js';

const run = (...actions: CleanupAction[]) =>
  actions.reduce(cleanupReducer, initialCleanupState);
const down = (times: number): CleanupAction[] =>
  Array.from({ length: times }, () => ({ type: 'move', delta: 1, height: 5 }));
const indexOf = (id: string) => CHOICES.findIndex((c) => c.id === id);

const item = (key: string): PlanItem => ({
  key,
  kind: 'container',
  id: key,
  name: key,
  size: 1,
  reason: 'exited',
  created: 0,
  tags: [],
  needs: [],
});

describe('cleanupReducer', () => {
  it('toggles a kind, widens volumes and cycles the age filter with Space', () => {
    const state = run(
      { type: 'toggle', height: 5 },
      ...down(indexOf('widen')),
      { type: 'toggle', height: 5 },
      ...down(indexOf('age') - indexOf('widen')),
      { type: 'toggle', height: 5 },
      { type: 'toggle', height: 5 },
    );

    expect(state.choices.kinds.has('stopped-containers')).toBe(false);
    expect(state.choices.widen).toBe(true);
    expect(state.choices.age).toBe(AGES[2]);
  });

  it('edits the label in a text field that Esc clears', () => {
    const editing = run(...down(indexOf('label')), {
      type: 'toggle',
      height: 5,
    });
    expect(scopeOfStage(editing.stage)).toBe('cleanup-label');

    const typing: CleanupAction[] = [
      { type: 'label-type', text: 'team' },
      { type: 'label-type', text: '=x' },
      { type: 'label-erase' },
    ];
    const typed = typing.reduce(cleanupReducer, editing);
    expect(typed.choices.label).toBe('team=');

    const kept = cleanupReducer(typed, { type: 'label-done', keep: true });
    const cleared = cleanupReducer(typed, { type: 'label-done', keep: false });
    expect(kept.choices.label).toBe('team=');
    expect(cleared.choices.label).toBe('');
    expect(scopeOfStage(kept.stage)).toBe('cleanup');
  });

  it('unmarks the item under the cursor and moves on, and keeps choices when going back', () => {
    const planned = run(
      { type: 'scan', now: 0 },
      { type: 'planned', items: [item('a'), item('b'), item('c')] },
      { type: 'move', delta: 1, height: 5 },
      { type: 'toggle', height: 5 },
    );

    expect(planned.stage).toMatchObject({ name: 'plan', cursor: 2 });
    expect(
      planned.stage.name === 'plan' && [...planned.stage.unmarked],
    ).toEqual(['b']);

    const back = cleanupReducer(planned, { type: 'back' });
    expect(back.stage.name).toBe('choose');
    expect(back.choices).toBe(planned.choices);
  });

  it('counts progress while removing and ends on the result', () => {
    const result = { lines: [], reclaimed: 0 };
    const running = run(
      { type: 'run', total: 9 },
      { type: 'progress', done: 4 },
    );

    expect(running.stage).toEqual({ name: 'running', done: 4, total: 9 });
    expect(scopeOfStage(running.stage)).toBe('cleanup-busy');
    expect(cleanupReducer(running, { type: 'finished', result }).stage).toEqual(
      {
        name: 'done',
        result,
      },
    );
  });
});
