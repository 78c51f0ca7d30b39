import { Box, Text } from 'ink';
import { safeCell } from '../../lib/safe-text.js';
import { type ChoiceId, CHOICES, type Choices } from './choices.js';

function ageText(age: number | null): string {
  if (age === null) return 'any age';

  return age >= 7 * 86_400 ? '7 days' : '24 h';
}

function valueOf(id: ChoiceId, choices: Choices, isEditing: boolean): string {
  if (id === 'age') return `‹ ${ageText(choices.age)} ›`;
  if (id === 'label') {
    const text = safeCell(choices.label);
    return isEditing
      ? `${text}▏`
      : text || '(any; Space to type key or key=value)';
  }

  const isOn = id === 'widen' ? choices.widen : choices.kinds.has(id);

  return isOn ? '[x]' : '[ ]';
}

export interface ChooseViewProps {
  choices: Choices;
  cursor: number;
  isEditingLabel: boolean;
  height: number;
}

/** The first step: what to clear, and the filters. */
export function ChooseView({
  choices,
  cursor,
  isEditingLabel,
  height,
}: ChooseViewProps) {
  // On a short terminal the reassurance gives way to the choices themselves.
  const hasNote = height >= CHOICES.length + 2;

  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate">
        Cleanup planner · choose what to clear, then Enter for the plan
      </Text>
      {hasNote ? (
        <Text dimColor wrap="truncate">
          Nothing is removed before you have seen the plan and said yes.
        </Text>
      ) : null}
      {CHOICES.map((choice, index) => {
        const value = valueOf(choice.id, choices, isEditingLabel);
        const isToggle = choice.id !== 'age' && choice.id !== 'label';

        return (
          <Text key={choice.id} inverse={index === cursor} wrap="truncate">
            {isToggle
              ? `${value} ${choice.label}`
              : `    ${choice.label}: ${value}`}
          </Text>
        );
      })}
    </Box>
  );
}
