import { describe, expect, it } from 'vitest';
import {
  type FormAction,
  type FormSpec,
  formReducer,
  initialForm,
} from '../../../src/ui/dialogs/form.js';

const FORM: FormSpec = {
  title: 'Pull',
  fields: [
    { name: 'tag', label: 'tag', value: 'latest', choices: ['v1', 'v2'] },
    { name: 'note', label: 'note' },
  ],
  onSubmit: () => undefined,
};

const replay = (actions: FormAction[]) =>
  actions.reduce(
    (state, action) => formReducer(FORM, state, action),
    initialForm(FORM),
  );

describe('prompt fields', () => {
  it('starts from the given values on the first field', () => {
    expect(initialForm(FORM)).toEqual({
      values: { tag: 'latest', note: '' },
      field: 0,
      error: null,
    });
  });

  it('cycles suggestions both ways, starting from the first when the value is none of them', () => {
    expect(replay([{ type: 'choose', delta: 1 }]).values.tag).toBe('v1');
    expect(
      replay([
        { type: 'choose', delta: 1 },
        { type: 'choose', delta: 1 },
      ]).values.tag,
    ).toBe('v2');
    expect(
      replay([
        { type: 'choose', delta: 1 },
        { type: 'choose', delta: -1 },
      ]).values.tag,
    ).toBe('v2');
  });

  it('types into the focused field, erases whole characters, clears, and wraps between fields', () => {
    const state = replay([
      { type: 'move', delta: 1 },
      { type: 'type', text: 'hé👍' },
      { type: 'erase' },
      { type: 'move', delta: 1 },
      { type: 'clear' },
    ]);

    expect(state.values).toEqual({ tag: '', note: 'hé' });
    expect(state.field).toBe(0);
  });

  it('shows a refusal until the next edit', () => {
    const refused = replay([{ type: 'refuse', error: 'bad tag' }]);

    expect(refused.error).toBe('bad tag');
    expect(
      formReducer(FORM, refused, { type: 'type', text: 'x' }).error,
    ).toBeNull();
  });
});
