/** One text field of a prompt. */
export interface FieldSpec {
  name: string;
  label: string;
  value?: string;
  /** Drawn as bullets: a password. */
  isSecret?: boolean;
  /** Values ↑ ↓ put in the field: tags a registry lists, registries config.json names. */
  choices?: readonly string[];
}

/** A prompt: fields, a check before it is sent, and what to do with the values. */
export interface FormSpec {
  title: string;
  fields: readonly FieldSpec[];
  /** A reason to refuse the values, shown under the fields; null when they may go. */
  validate?: (values: Readonly<Record<string, string>>) => string | null;
  /**
   * Acts on the values. A prompt that checks them somewhere slow (a login) returns a promise
   * of the reason they were refused, and stays open to show it; null once they were taken.
   */
  onSubmit: (
    values: Readonly<Record<string, string>>,
  ) => void | Promise<string | null>;
}

export interface FormState {
  values: Record<string, string>;
  field: number;
  error: string | null;
}

export type FormAction =
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'clear' }
  | { type: 'move'; delta: number }
  | { type: 'choose'; delta: number }
  | { type: 'refuse'; error: string };

export function initialForm(form: FormSpec): FormState {
  const values = Object.fromEntries(
    form.fields.map((f) => [f.name, f.value ?? '']),
  );

  return { values, field: 0, error: null };
}

/** The prompt's state after one key: typing, erasing, moving between fields, choosing. */
export function formReducer(
  form: FormSpec,
  state: FormState,
  action: FormAction,
): FormState {
  const spec = form.fields[state.field];
  if (!spec) return state;

  const value = state.values[spec.name] ?? '';
  const set = (next: string) => ({
    ...state,
    error: null,
    values: { ...state.values, [spec.name]: next },
  });

  switch (action.type) {
    case 'type':
      return set(value + action.text);
    case 'erase':
      return set([...value].slice(0, -1).join(''));
    case 'clear':
      return set('');
    case 'move': {
      const count = form.fields.length;
      return { ...state, field: (state.field + action.delta + count) % count };
    }
    case 'choose': {
      const choices = spec.choices ?? [];
      if (choices.length === 0) return state;

      const at = choices.indexOf(value);
      const next = at === -1 ? 0 : at + action.delta;
      return set(choices[(next + choices.length) % choices.length] ?? value);
    }
    case 'refuse':
      return { ...state, error: action.error };
  }
}
