import { useReducer } from 'react';
import type { RunSpec } from '../../docker/details-types.js';
import {
  type RunErrors,
  type RunField,
  type RunForm,
  emptyRunForm,
  toRunSpec,
} from '../../state/run-form.js';
import { RUN_FIELDS } from './run-fields.js';

export interface RunFormState {
  form: RunForm;
  /** Index into RUN_FIELDS. */
  field: number;
  errors: RunErrors;
  /** The engine's refusal of the last attempt. */
  refusal: string | null;
  /** A valid spec waiting to be run; set by `submit`, so that it sees every key before it. */
  spec: RunSpec | null;
}

export type RunFormAction =
  | { type: 'move'; delta: number }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'space' }
  | { type: 'submit'; image: string }
  | { type: 'refused'; reason: string };

const initial: RunFormState = {
  form: emptyRunForm,
  field: 0,
  errors: {},
  refusal: null,
  spec: null,
};

function edit(
  state: RunFormState,
  change: (value: string) => string,
): RunFormState {
  const info = RUN_FIELDS[state.field];
  if (!info || info.isToggle) return state;

  const value = state.form[info.field] as string;
  const errors = { ...state.errors, [info.field]: undefined };

  return {
    ...state,
    form: { ...state.form, [info.field]: change(value) },
    errors,
  };
}

export function runFormReducer(
  state: RunFormState,
  action: RunFormAction,
): RunFormState {
  switch (action.type) {
    case 'move': {
      const count = RUN_FIELDS.length;
      return { ...state, field: (state.field + action.delta + count) % count };
    }
    case 'type':
      return edit(state, (value) => value + action.text);
    case 'erase':
      return edit(state, (value) => value.slice(0, -1));
    // Keys come faster than renders: which field has the focus is read from the state.
    case 'space': {
      const info = RUN_FIELDS[state.field];
      if (!info?.isToggle) return edit(state, (value) => value + ' ');
      const field = info.field as Extract<
        RunField,
        'autoRemove' | 'isInteractive'
      >;
      return {
        ...state,
        form: { ...state.form, [field]: !state.form[field] },
        errors: {},
      };
    }
    case 'submit': {
      if (state.spec) return state;
      const result = toRunSpec(action.image, state.form);
      return 'errors' in result
        ? { ...state, errors: result.errors, refusal: null }
        : { ...state, errors: {}, refusal: null, spec: result.spec };
    }
    case 'refused':
      return { ...state, refusal: action.reason, spec: null };
  }
}

export function useRunForm() {
  return useReducer(runFormReducer, initial);
}
