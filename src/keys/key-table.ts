import { KEYMAP, type Scope, keyLabel } from './keymap.js';

const SCOPE_TITLES: Readonly<Record<Scope, string>> = {
  always: 'anywhere',
  global: 'everywhere',
  list: 'lists',
  containers: 'containers',
  images: 'images',
  registry: 'registry',
  form: 'prompts',
  transfer: 'pull, push, build',
  filter: 'filter prompt',
  dialog: 'confirm dialogs',
  report: 'bulk report',
  help: 'help',
  volumes: 'volumes',
  networks: 'networks',
  disk: 'disk usage',
  cleanup: 'cleanup choices',
  'cleanup-label': 'cleanup label field',
  'cleanup-scan': 'computing disk usage',
  'cleanup-busy': 'cleanup running',
  'cleanup-plan': 'cleanup plan',
  'cleanup-result': 'cleanup result',
  details: 'details view',
  logs: 'logs tab',
  'log-search': 'log search prompt',
  inspect: 'inspect tab',
  'run-form': 'run form',
  hosts: 'engines view',
  'search-box': 'registry search box',
};

/** The README's key table, drawn from the keymap so that the two never disagree. */
export function keyTableMarkdown(): string {
  const rows = KEYMAP.map(
    (b) =>
      `| ${SCOPE_TITLES[b.scope]} | ${b.keys.map((k) => `\`${keyLabel(k)}\``).join(' ')} | ${b.description} |`,
  );

  return ['| where | keys | what |', '| --- | --- | --- |', ...rows].join('\n');
}
