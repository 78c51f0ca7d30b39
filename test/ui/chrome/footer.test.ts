import { describe, expect, it } from 'vitest';
import { type ActionId, keyLabel } from '../../../src/keys/keymap.js';
import { displayWidth } from '../../../src/lib/width.js';
import { fittingBindings } from '../../../src/ui/chrome/footer.js';
import { allPaths } from '../../support/scope-paths.js';

const WAYS_OUT: readonly ActionId[] = ['quit', 'close', 'back', 'cancel'];

/** The footer's text as the component draws it. */
function footerText(bindings: ReturnType<typeof fittingBindings>): string {
  return bindings
    .map((b) => `${b.keys.map(keyLabel).join('/')} ${b.short ?? b.description}`)
    .join('  ');
}

describe('the footer', () => {
  it.each(allPaths())(
    'along the %s path, fits 60 columns with whole entries and a way out',
    (_path, scopes) => {
      const bindings = fittingBindings(scopes, 60);

      const hasExit = bindings.some((b) => WAYS_OUT.includes(b.action));
      const isOpenEnded = scopes[0] === 'cleanup-busy';

      expect(displayWidth(footerText(bindings))).toBeLessThanOrEqual(60);
      expect(hasExit || isOpenEnded).toBe(true);
    },
  );

  it('shows help, quit, details, logs, start/stop and remove on containers at 80 columns', () => {
    const text = footerText(
      fittingBindings(['containers', 'list', 'global', 'always'], 80),
    );

    expect(text).toBe(
      '? help  q quit  Enter details  l logs  s start/stop  r restart  d remove',
    );
  });

  it('puts the way back and the next tab before the logs keys', () => {
    const text = footerText(fittingBindings(['logs', 'details', 'always'], 80));

    expect(
      text.startsWith('? help  Esc/q back  Tab/→ next tab  / search'),
    ).toBe(true);
  });
});
