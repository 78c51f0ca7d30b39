import { type Binding, KEYMAP, type Scope, keyLabel } from './keymap.js';

/**
 * Every scope with the name a person knows it by, in the order the help overlay and the
 * README list them: from anywhere inwards, each view after the pane that opens it.
 */
export const SCOPE_SECTIONS: readonly { scope: Scope; title: string }[] = [
  { scope: 'always', title: 'anywhere, even in prompts' },
  { scope: 'global', title: 'everywhere' },
  { scope: 'list', title: 'lists' },
  { scope: 'filter', title: 'filter prompt' },
  { scope: 'containers', title: 'containers' },
  { scope: 'details', title: 'details view' },
  { scope: 'logs', title: 'logs tab' },
  { scope: 'log-search', title: 'log search prompt' },
  { scope: 'inspect', title: 'inspect tab' },
  { scope: 'images', title: 'images' },
  { scope: 'run-form', title: 'run form' },
  { scope: 'transfer', title: 'pull, push, build' },
  { scope: 'registry', title: 'registry' },
  { scope: 'search-box', title: 'registry search box' },
  { scope: 'form', title: 'prompts' },
  { scope: 'volumes', title: 'volumes' },
  { scope: 'networks', title: 'networks' },
  { scope: 'disk', title: 'disk usage' },
  { scope: 'cleanup', title: 'cleanup choices' },
  { scope: 'cleanup-label', title: 'cleanup label field' },
  { scope: 'cleanup-scan', title: 'computing disk usage' },
  { scope: 'cleanup-busy', title: 'cleanup running' },
  { scope: 'cleanup-plan', title: 'cleanup plan' },
  { scope: 'cleanup-result', title: 'cleanup result' },
  { scope: 'hosts', title: 'engines view' },
  { scope: 'dialog', title: 'confirm dialogs' },
  { scope: 'report', title: 'bulk report' },
  { scope: 'help', title: 'help' },
];

/** The bindings of `scope`, in the keymap's order. */
export function bindingsOf(scope: Scope): Binding[] {
  return KEYMAP.filter((b) => b.scope === scope);
}

/** The README's key table, drawn from the keymap so that the two never disagree. */
export function keyTableMarkdown(): string {
  const rows = SCOPE_SECTIONS.flatMap(({ scope, title }) =>
    bindingsOf(scope).map(
      (b) =>
        `| ${title} | ${b.keys.map((k) => `\`${keyLabel(k)}\``).join(' ')} | ${b.description} |`,
    ),
  );

  return ['| where | keys | what |', '| --- | --- | --- |', ...rows].join('\n');
}
