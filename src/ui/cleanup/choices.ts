import type { CleanupKind } from '../../state/cleanup-plan.js';

const HOUR = 3600;

/** The age filters on offer, cycled with Space: any age, older than 24 h, 7 days. */
export const AGES: readonly (number | null)[] = [
  null,
  24 * HOUR,
  7 * 24 * HOUR,
];

export type ChoiceId = CleanupKind | 'widen' | 'age' | 'label';

// prettier-ignore
export const CHOICES: readonly { id: ChoiceId; label: string }[] = [
  { id: 'stopped-containers', label: 'stopped containers' },
  { id: 'dangling-images', label: 'dangling images' },
  { id: 'unused-images', label: 'unused images (tagged too)' },
  { id: 'unused-volumes', label: 'unused anonymous volumes' },
  { id: 'widen', label: '  … and unused named volumes' },
  { id: 'unused-networks', label: 'unused networks' },
  { id: 'build-cache', label: 'build cache' },
  { id: 'age', label: 'only older than' },
  { id: 'label', label: 'only with label' },
];

export interface Choices {
  kinds: ReadonlySet<CleanupKind>;
  widen: boolean;
  age: number | null;
  label: string;
}

/** Space on a choice: flips a kind or the widening, or moves to the next age. */
export function toggleChoice(choices: Choices, id: ChoiceId): Choices {
  if (id === 'widen') return { ...choices, widen: !choices.widen };
  if (id === 'label') return choices;
  if (id === 'age') {
    const next = (AGES.indexOf(choices.age) + 1) % AGES.length;
    return { ...choices, age: AGES[next] ?? null };
  }

  const kinds = new Set(choices.kinds);
  if (kinds.has(id)) kinds.delete(id);
  else kinds.add(id);

  return { ...choices, kinds };
}
