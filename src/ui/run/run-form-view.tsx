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
  // On a short terminal the blank lines go, then the hint; a refusal takes the title's row.
  const isRoomy = height >= RUN_FIELDS.length + 4;
  const hasLastLine = height >= RUN_FIELDS.length + 2;
  const refusal = state.refusal ? safeCell(state.refusal) : null;

  return (
    <Box flexDirection="column" height={height} width={width}>
      {refusal && !hasLastLine ? (
        <Text color="red" wrap="truncate-end">
          The engine refused: {refusal}
        </Text>
      ) : (
        <Text bold wrap="truncate-end">
          Run a container from {safeCell(image)}
        </Text>
      )}
      {isRoomy ? <Text> </Text> : null}
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
      {isRoomy ? <Text> </Text> : null}
      {!hasLastLine ? null : refusal ? (
        <Text color="red" wrap={isRoomy ? 'wrap' : 'truncate-end'}>
          The engine refused: {refusal}
        </Text>
      ) : state.spec ? (
        <Text>starting…</Text>
      ) : (
        <Text dimColor wrap="truncate-end">
          Enter runs · Esc cancels · ↑ ↓ move · Space toggles [ ]
        </Text>
      )}
    </Box>
  );
}
