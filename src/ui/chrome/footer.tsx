import { Text } from 'ink';
import {
  type Binding,
  type Scope,
  footerBindings,
  keyLabel,
} from '../../keys/keymap.js';
import { displayWidth } from '../../lib/width.js';

const GAP = '  ';

/** How a binding reads in the footer: "Esc/q back". */
function footerKeys(binding: Binding): string {
  return binding.keys.map(keyLabel).join('/');
}

function footerWords(binding: Binding): string {
  return binding.short ?? binding.description;
}

/** The first bindings whose whole entries fit in `width` cells. */
export function fittingBindings(
  scopes: readonly Scope[],
  width: number,
): Binding[] {
  const fitting: Binding[] = [];
  let used = 0;

  for (const binding of footerBindings(scopes)) {
    const entry = `${footerKeys(binding)} ${footerWords(binding)}`;
    const needed = displayWidth(entry) + (fitting.length > 0 ? GAP.length : 0);
    if (used + needed > width) break;
    fitting.push(binding);
    used += needed;
  }

  return fitting;
}

/**
 * The keys that matter where the user is, drawn from the keymap: whole entries only, as
 * many as `width` holds, help and the way out first.
 */
export function Footer({
  scopes,
  width,
}: {
  scopes: readonly Scope[];
  width: number;
}) {
  const bindings = fittingBindings(scopes, width);

  return (
    <Text wrap="truncate" dimColor>
      {bindings.map((binding, index) => (
        <Text key={`${binding.scope}-${binding.action}`}>
          {index > 0 ? GAP : ''}
          <Text bold>{footerKeys(binding)}</Text> {footerWords(binding)}
        </Text>
      ))}
    </Text>
  );
}
