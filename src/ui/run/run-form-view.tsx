import { Box, Text } from 'ink';
import { useEffect, useRef } from 'react';
import type { RunSpec } from '../../docker/details-types.js';
import { isPrintable } from '../../keys/key-name.js';
import { safeCell } from '../../lib/safe-text.js';
import { useSlot } from '../keys-router.js';
import { RUN_FIELDS } from './run-fields.js';
import { useRunForm } from './use-run-form.js';

export interface RunFormViewProps {
  image: string;
  width: number;
  height: number;
  /** Runs the spec; resolves with the engine's refusal, or null once it runs. */
  onRun: (spec: RunSpec) => Promise<string | null>;
  onCancel: () => void;
}

/** `r` on an image: what `docker run` would ask, checked field by field before it runs. */
export function RunFormView({
  image,
  width,
  height,
  onRun,
  onCancel,
}: RunFormViewProps) {
  const [state, dispatch] = useRunForm();

  const { spec } = state;
  // The app hands a new callback on each render; the spec must run once.
  const run = useRef(onRun);
  run.current = onRun;

  useEffect(() => {
    if (!spec) return;

    void run
      .current(spec)
      .then(
        (refusal) =>
          refusal !== null && dispatch({ type: 'refused', reason: refusal }),
      );
  }, [spec, dispatch]);

  useSlot(
    'run-form',
    {
      confirm: () => dispatch({ type: 'submit', image }),
      cancel: onCancel,
      'field-next': () => dispatch({ type: 'move', delta: 1 }),
      'field-previous': () => dispatch({ type: 'move', delta: -1 }),
    },
    (input, name) => {
      if (name === 'backspace') dispatch({ type: 'erase' });
      else if (name === 'space') dispatch({ type: 'space' });
      else if (isPrintable(input)) dispatch({ type: 'type', text: input });
    },
  );

  const labelWidth = 16;

  return (
    <Box flexDirection="column" height={height} width={width}>
      <Text bold wrap="truncate-end">
        Run a container from {safeCell(image)}
      </Text>
      <Text> </Text>
      {RUN_FIELDS.map((info, index) => {
        const isCurrent = index === state.field;
        const value = state.form[info.field];
        const error = state.errors[info.field];
        const shown = info.isToggle
          ? value
            ? '[x]'
            : '[ ]'
          : `${safeCell(value as string)}${isCurrent ? '▏' : ''}`;

        return (
          <Text key={info.field} wrap="truncate-end">
            <Text color={isCurrent ? 'cyan' : undefined}>
              {isCurrent ? '› ' : '  '}
              {info.label.padEnd(labelWidth)}
            </Text>
            <Text inverse={isCurrent && !info.isToggle}>{shown}</Text>
            {error ? (
              <Text color="red">{`  ${error}`}</Text>
            ) : (value === '' || info.isToggle) && isCurrent ? (
              <Text dimColor>{`  ${info.hint}`}</Text>
            ) : null}
          </Text>
        );
      })}
      <Text> </Text>
      {state.refusal ? (
        <Text color="red" wrap="wrap">
          The engine refused: {safeCell(state.refusal)}
        </Text>
      ) : state.spec ? (
        <Text>starting…</Text>
      ) : (
        <Text dimColor>
          Enter runs · Esc cancels · ↑ ↓ move · Space toggles [ ]
        </Text>
      )}
    </Box>
  );
}
