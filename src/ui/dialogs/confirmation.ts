/** A question put to the user before a destructive action. */
export interface Confirmation {
  title: string;
  /** What exactly will go, one item a line (engine text: drawn through the safe path). */
  lines: string[];
  /** Warnings a person should read before saying yes. */
  warnings: string[];
  onConfirm: () => void;
}

/** At most `limit` names, then "and N more". */
export function listNames(names: readonly string[], limit = 8): string[] {
  if (names.length <= limit) return [...names];

  return [
    ...names.slice(0, limit - 1),
    `… and ${names.length - limit + 1} more`,
  ];
}
