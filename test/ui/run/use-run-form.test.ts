import { describe, expect, it } from 'vitest';
import {
  type RunFormAction,
  type RunFormState,
  runFormReducer,
} from '../../../src/ui/run/use-run-form.js';

const start: RunFormState = {
  form: {
    name: '',
    command: '',
    env: '',
    ports: '',
    volumes: '',
    restart: 'no',
    autoRemove: false,
    gpus: '',
    isInteractive: false,
  },
  field: 0,
  errors: {},
  refusal: null,
  spec: null,
};

const after = (actions: RunFormAction[]) =>
  actions.reduce(runFormReducer, start);

describe('the run form state', () => {
  it('submits what was typed right before Enter, even in one burst of keys', () => {
    const state = after([
      ...[...'web'].map((text) => ({ type: 'type', text }) as const),
      { type: 'move', delta: 1 },
      ...[...'sleep'].map((text) => ({ type: 'type', text }) as const),
      { type: 'space' },
      { type: 'type', text: '9' },
      { type: 'submit', image: 'img' },
    ]);

    expect(state.spec).toMatchObject({ name: 'web', command: ['sleep', '9'] });
  });

  it('toggles with Space on a toggle field and types a space elsewhere', () => {
    const state = after([{ type: 'move', delta: -1 }, { type: 'space' }]);

    expect(state.form.isInteractive).toBe(true);
  });

  it('keeps the form open with its errors when a field is wrong', () => {
    const state = after([
      { type: 'move', delta: 7 },
      { type: 'type', text: 'x' },
      { type: 'submit', image: 'img' },
    ]);

    expect(state.spec).toBeNull();
    expect(state.errors.gpus).toBe('all, or how many GPUs (1, 2, …)');
  });
});
