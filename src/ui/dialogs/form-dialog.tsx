import { Box, Text } from 'ink';
import { useReducer, useRef } from 'react';
import { isPrintable } from '../../keys/key-name.js';
import { safeCell } from '../../lib/safe-text.js';
import { useSlot } from '../keys-router.js';
import {
  type FormAction,
  type FormSpec,
  type FormState,
  formReducer,
  initialForm,
} from './form.js';

export interface FormDialogProps {
  form: FormSpec;
  height: number;
  onCancel: () => void;
}

/**
 * A prompt of text fields. It takes every printable key while open, so global letters and
 * digits type into it; Enter submits once `validate` agrees, Esc cancels.
 */
export function FormDialog({ form, height, onCancel }: FormDialogProps) {
  // Keys arrive in bursts before React renders again (a paste, keys sent by a script):
  // each must see the values the one before it left, so the state lives in a ref.
  const latest = useRef<FormState | null>(null);
  const [, render] = useReducer((count: number) => count + 1, 0);
  latest.current ??= initialForm(form);
  const state = latest.current;
  const dispatch = (action: FormAction) => {
    latest.current = formReducer(form, latest.current ?? state, action);
    render();
  };

  useSlot(
    'form',
    {
      confirm: () => {
        const values = latest.current?.values ?? state.values;
        const error = form.validate?.(values) ?? null;
        if (error) dispatch({ type: 'refuse', error });
        else {
          void form.onSubmit(values)?.then((refusal) => {
            if (refusal) dispatch({ type: 'refuse', error: refusal });
          });
        }
      },
      cancel: onCancel,
      'field-next': () => dispatch({ type: 'move', delta: 1 }),
      'field-previous': () => dispatch({ type: 'move', delta: -1 }),
      'choice-next': () => dispatch({ type: 'choose', delta: 1 }),
      'choice-previous': () => dispatch({ type: 'choose', delta: -1 }),
      'field-clear': () => dispatch({ type: 'clear' }),
    },
    (input, name) => {
      if (name === 'backspace') dispatch({ type: 'erase' });
      else if (isPrintable(input)) dispatch({ type: 'type', text: input });
    },
  );

  const width = Math.max(...form.fields.map((f) => f.label.length));

  return (
    <Box
      flexDirection="column"
      height={height}
      borderStyle="round"
      paddingX={1}
    >
      <Text bold>{form.title}</Text>
      {form.fields.map((field, index) => {
        const value = state.values[field.name] ?? '';
        const isFocused = index === state.field;
        const shown = field.isSecret
          ? '•'.repeat([...value].length)
          : safeCell(value);
        const count = field.choices?.length ?? 0;
        const hint =
          count > 0
            ? `  (↑ ↓ ${count} suggestion${count === 1 ? '' : 's'})`
            : '';

        return (
          <Text key={field.name} wrap="truncate">
            <Text color={isFocused ? 'cyan' : undefined}>
              {isFocused ? '› ' : '  '}
              {field.label.padEnd(width)}{' '}
            </Text>
            <Text inverse={false}>{shown}</Text>
            {isFocused ? <Text inverse> </Text> : null}
            <Text dimColor>{isFocused ? hint : ''}</Text>
          </Text>
        );
      })}
      {state.error ? (
        <Text color="red" wrap="wrap">
          {safeCell(state.error)}
        </Text>
      ) : null}
    </Box>
  );
}
