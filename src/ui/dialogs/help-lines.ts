import wrapAnsi from 'wrap-ansi';
import { SCOPE_SECTIONS, bindingsOf } from '../../keys/key-table.js';
import { type Binding, type Scope, keyLabel } from '../../keys/keymap.js';
import { displayWidth, fitCell } from '../../lib/width.js';

export interface HelpLine {
  key: string;
  text: string;
  isTitle: boolean;
}

/** The keys column; a longer list of keys ("↓ j PgDn Space") has a line of its own. */
const KEYS_WIDTH = 11;
const INDENT = '  ';

/**
 * Every binding of the keymap, grouped by where it works as the README's table is: the
 * places open now (`here`, innermost first) come first and say so, then all the others.
 * Descriptions wrap within `width` rather than lose their last words.
 */
export function helpLines(here: readonly Scope[], width: number): HelpLine[] {
  const isHere = (scope: Scope) => here.includes(scope);
  const sections = [
    ...here.flatMap((scope) => SCOPE_SECTIONS.filter((s) => s.scope === scope)),
    ...SCOPE_SECTIONS.filter((s) => !isHere(s.scope)),
  ];

  return sections.flatMap(({ scope, title }) => {
    const bindings = bindingsOf(scope);
    if (bindings.length === 0) return [];

    const heading = capitalize(title) + (isHere(scope) ? ' · here' : '');

    return [
      { key: scope, text: heading, isTitle: true },
      ...bindings.flatMap((binding) => bindingLines(binding, width)),
    ];
  });
}

function bindingLines(binding: Binding, width: number): HelpLine[] {
  const keys = binding.keys.map(keyLabel).join(' ');
  const room = Math.max(8, width - INDENT.length - KEYS_WIDTH - 1);
  const words = wrapAnsi(binding.description, room, { hard: true });
  const key = `${binding.scope}-${binding.action}`;
  const isLong = displayWidth(keys) > KEYS_WIDTH;
  const texts = [...(isLong ? [''] : []), ...words.split('\n')];

  return texts.map((text, index) => {
    const label = index === 0 ? keys : '';
    const cell = isLong && index === 0 ? keys : fitCell(label, KEYS_WIDTH);

    return {
      key: `${key}-${index}`,
      text: `${INDENT}${cell}${text ? ` ${text}` : ''}`,
      isTitle: false,
    };
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
