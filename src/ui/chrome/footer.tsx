import { Text } from 'ink';
import { type Scope, footerBindings, keyLabel } from '../../keys/keymap.js';

/** The keys that matter where the user is, drawn from the keymap. */
export function Footer({ scopes }: { scopes: readonly Scope[] }) {
  const bindings = footerBindings(scopes);

  return (
    <Text wrap="truncate" dimColor>
      {bindings.map((binding, index) => (
        <Text key={`${binding.scope}-${binding.action}`}>
          {index > 0 ? '  ' : ''}
          <Text bold>{binding.keys.map(keyLabel).join('/')}</Text>{' '}
          {binding.description}
        </Text>
      ))}
    </Text>
  );
}
