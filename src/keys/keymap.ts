/**
 * The one keymap: it drives the key handlers, the footer, the help overlay and the README's
 * key table. Scopes nest, and the innermost open scope that binds a key wins.
 */

export type Scope =
  | 'always'
  | 'global'
  | 'list'
  | 'containers'
  | 'images'
  | 'registry'
  | 'form'
  | 'transfer'
  | 'filter'
  | 'dialog'
  | 'report'
  | 'help'
  | 'volumes'
  | 'networks'
  | 'disk'
  | 'cleanup'
  | 'cleanup-label'
  | 'cleanup-scan'
  | 'cleanup-busy'
  | 'cleanup-plan'
  | 'cleanup-result'
  | 'details'
  | 'logs'
  | 'log-search'
  | 'inspect'
  | 'run-form'
  | 'hosts'
  | 'search-box';

export type ActionId =
  | 'quit'
  | 'help'
  | 'pane-next'
  | 'pane-previous'
  | 'pane-containers'
  | 'pane-images'
  | 'refresh'
  | 'filter'
  | 'clear'
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'mark'
  | 'sort'
  | 'sort-reverse'
  | 'container-start-stop'
  | 'container-restart'
  | 'container-pause'
  | 'container-remove'
  | 'container-force-remove'
  | 'image-remove'
  | 'image-force-remove'
  | 'confirm'
  | 'cancel'
  | 'close'
  | 'pane-volumes'
  | 'pane-networks'
  | 'cleanup-open'
  | 'disk-usage-open'
  | 'disk-usage-refresh'
  | 'sizes'
  | 'volume-remove'
  | 'network-remove'
  | 'toggle'
  | 'cleanup-plan'
  | 'cleanup-remove'
  | 'back'
  | 'pane-registry'
  | 'image-pull'
  | 'image-tag'
  | 'image-push'
  | 'image-build'
  | 'registry-search'
  | 'registry-pull'
  | 'registry-login'
  | 'registry-logout'
  | 'field-next'
  | 'field-previous'
  | 'choice-next'
  | 'choice-previous'
  | 'field-clear'
  | 'container-details'
  | 'container-logs'
  | 'container-shell'
  | 'tab-next'
  | 'tab-previous'
  | 'search'
  | 'search-next'
  | 'search-previous'
  | 'toggle-timestamps'
  | 'toggle-wrap'
  | 'tail-more'
  | 'save'
  | 'reveal'
  | 'image-run'
  | 'hosts-open'
  | 'hosts-switch';

export interface Binding {
  scope: Scope;
  /** Key names as keyName() gives them; the first is the one shown. */
  keys: readonly string[];
  action: ActionId;
  description: string;
  /** Shown in the footer of this scope when true. */
  isInFooter?: boolean;
  /** The footer's words, where the description is too long for it. */
  short?: string;
}

// prettier-ignore
export const KEYMAP: readonly Binding[] = [
  { scope: 'always', keys: ['ctrl-c'], action: 'quit', description: 'quit from anywhere' },
  { scope: 'global', keys: ['q'], action: 'quit', description: 'quit', isInFooter: true },
  { scope: 'global', keys: ['?'], action: 'help', description: 'help', isInFooter: true },
  { scope: 'global', keys: ['tab'], action: 'pane-next', description: 'next pane' },
  { scope: 'global', keys: ['shift-tab'], action: 'pane-previous', description: 'previous pane' },
  { scope: 'global', keys: ['1'], action: 'pane-containers', description: 'containers pane' },
  { scope: 'global', keys: ['2'], action: 'pane-images', description: 'images pane' },
  { scope: 'global', keys: ['ctrl-r'], action: 'refresh', description: 'reread lists, or reconnect now' },
  { scope: 'global', keys: ['3'], action: 'pane-registry', description: 'registry pane' },

  { scope: 'list', keys: ['up', 'k'], action: 'up', description: 'move up' },
  { scope: 'list', keys: ['down', 'j'], action: 'down', description: 'move down' },
  { scope: 'list', keys: ['pageup'], action: 'page-up', description: 'page up' },
  { scope: 'list', keys: ['pagedown'], action: 'page-down', description: 'page down' },
  { scope: 'list', keys: ['g', 'home'], action: 'first', description: 'first row' },
  { scope: 'list', keys: ['G', 'end'], action: 'last', description: 'last row' },
  { scope: 'list', keys: ['space'], action: 'mark', description: 'mark or unmark', isInFooter: true, short: 'mark' },
  { scope: 'list', keys: ['/'], action: 'filter', description: 'filter', isInFooter: true },
  { scope: 'list', keys: ['escape'], action: 'clear', description: 'clear filter and marks' },
  { scope: 'list', keys: ['o'], action: 'sort', description: 'sort by next column' },
  { scope: 'list', keys: ['O'], action: 'sort-reverse', description: 'reverse the sort' },

  { scope: 'containers', keys: ['s'], action: 'container-start-stop', description: 'start/stop', isInFooter: true },
  { scope: 'containers', keys: ['r'], action: 'container-restart', description: 'restart', isInFooter: true },
  { scope: 'containers', keys: ['p'], action: 'container-pause', description: 'pause/unpause' },
  { scope: 'containers', keys: ['d'], action: 'container-remove', description: 'remove', isInFooter: true },
  { scope: 'containers', keys: ['D'], action: 'container-force-remove', description: 'force remove' },

  { scope: 'images', keys: ['d'], action: 'image-remove', description: 'remove tag', isInFooter: true },
  { scope: 'images', keys: ['D'], action: 'image-force-remove', description: 'force remove image' },

  { scope: 'dialog', keys: ['y', 'return'], action: 'confirm', description: 'confirm', isInFooter: true },
  { scope: 'dialog', keys: ['n', 'escape'], action: 'cancel', description: 'cancel', isInFooter: true },

  { scope: 'filter', keys: ['return'], action: 'confirm', description: 'keep the filter', isInFooter: true },
  { scope: 'filter', keys: ['escape'], action: 'cancel', description: 'clear the filter', isInFooter: true },

  { scope: 'report', keys: ['escape', 'return', 'q'], action: 'close', description: 'close the report', isInFooter: true },

  { scope: 'help', keys: ['escape', '?', 'q'], action: 'close', description: 'close help', isInFooter: true },
  { scope: 'help', keys: ['up', 'k', 'pageup'], action: 'page-up', description: 'previous page' },
  { scope: 'help', keys: ['down', 'j', 'pagedown', 'space'], action: 'page-down', description: 'next page' },

  { scope: 'global', keys: ['4'], action: 'pane-volumes', description: 'volumes pane' },
  { scope: 'global', keys: ['5'], action: 'pane-networks', description: 'networks pane' },
  { scope: 'global', keys: ['c'], action: 'cleanup-open', description: 'cleanup planner', isInFooter: true, short: 'cleanup' },
  { scope: 'global', keys: ['u'], action: 'disk-usage-open', description: 'disk usage', isInFooter: true, short: 'disk' },
  { scope: 'containers', keys: ['z'], action: 'sizes', description: 'compute sizes' },
  { scope: 'images', keys: ['z'], action: 'sizes', description: 'compute shared and unique sizes' },
  { scope: 'volumes', keys: ['d'], action: 'volume-remove', description: 'remove', isInFooter: true },
  { scope: 'volumes', keys: ['z'], action: 'sizes', description: 'compute sizes', isInFooter: true, short: 'sizes' },
  { scope: 'networks', keys: ['d'], action: 'network-remove', description: 'remove', isInFooter: true },
  { scope: 'disk', keys: ['r'], action: 'disk-usage-refresh', description: 'compute again', isInFooter: true, short: 'again' },
  { scope: 'disk', keys: ['c'], action: 'cleanup-open', description: 'cleanup planner', isInFooter: true, short: 'cleanup' },
  { scope: 'disk', keys: ['escape', 'q'], action: 'close', description: 'close', isInFooter: true },
  { scope: 'cleanup', keys: ['up', 'k'], action: 'up', description: 'move up' },
  { scope: 'cleanup', keys: ['down', 'j'], action: 'down', description: 'move down' },
  { scope: 'cleanup', keys: ['space'], action: 'toggle', description: 'choose or change', isInFooter: true, short: 'choose' },
  { scope: 'cleanup', keys: ['return'], action: 'cleanup-plan', description: 'show the plan', isInFooter: true },
  { scope: 'cleanup', keys: ['escape'], action: 'close', description: 'close the planner', isInFooter: true, short: 'close' },
  { scope: 'cleanup-label', keys: ['return'], action: 'confirm', description: 'keep the label', isInFooter: true },
  { scope: 'cleanup-label', keys: ['escape'], action: 'cancel', description: 'no label filter', isInFooter: true },
  { scope: 'cleanup-scan', keys: ['escape'], action: 'cancel', description: 'stop computing', isInFooter: true },
  { scope: 'cleanup-plan', keys: ['up', 'k'], action: 'up', description: 'move up' },
  { scope: 'cleanup-plan', keys: ['down', 'j'], action: 'down', description: 'move down' },
  { scope: 'cleanup-plan', keys: ['pageup'], action: 'page-up', description: 'page up' },
  { scope: 'cleanup-plan', keys: ['pagedown'], action: 'page-down', description: 'page down' },
  { scope: 'cleanup-plan', keys: ['space'], action: 'mark', description: 'keep or remove', isInFooter: true },
  { scope: 'cleanup-plan', keys: ['return'], action: 'cleanup-remove', description: 'remove what is marked', isInFooter: true, short: 'remove marked' },
  { scope: 'cleanup-plan', keys: ['escape'], action: 'back', description: 'back to the choices', isInFooter: true, short: 'back' },
  { scope: 'cleanup-result', keys: ['escape', 'return'], action: 'close', description: 'close', isInFooter: true },

  { scope: 'images', keys: ['p'], action: 'image-pull', description: 'pull again', isInFooter: true, short: 'pull' },
  { scope: 'images', keys: ['t'], action: 'image-tag', description: 'tag', isInFooter: true },
  { scope: 'images', keys: ['P'], action: 'image-push', description: 'push', isInFooter: true },
  { scope: 'images', keys: ['b'], action: 'image-build', description: 'build', isInFooter: true },

  { scope: 'registry', keys: ['s'], action: 'registry-search', description: 'to the search box', isInFooter: true },
  { scope: 'registry', keys: ['/'], action: 'search', description: 'to the search box' },
  { scope: 'registry', keys: ['return', 'p'], action: 'registry-pull', description: 'pull', isInFooter: true },
  { scope: 'registry', keys: ['L'], action: 'registry-login', description: 'log in', isInFooter: true },
  { scope: 'registry', keys: ['X'], action: 'registry-logout', description: 'log out', isInFooter: true },
  { scope: 'registry', keys: ['escape'], action: 'clear', description: 'clear the search box' },
  { scope: 'registry', keys: ['up', 'k'], action: 'up', description: 'move up' },
  { scope: 'registry', keys: ['down', 'j'], action: 'down', description: 'move down' },
  { scope: 'registry', keys: ['pageup'], action: 'page-up', description: 'page up' },
  { scope: 'registry', keys: ['pagedown'], action: 'page-down', description: 'page down' },
  { scope: 'registry', keys: ['g', 'home'], action: 'first', description: 'first row' },
  { scope: 'registry', keys: ['G', 'end'], action: 'last', description: 'last row' },
  { scope: 'registry', keys: ['o'], action: 'sort', description: 'sort by next column' },
  { scope: 'registry', keys: ['O'], action: 'sort-reverse', description: 'reverse the sort' },

  { scope: 'search-box', keys: ['return'], action: 'confirm', description: 'search', isInFooter: true },
  { scope: 'search-box', keys: ['escape'], action: 'cancel', description: 'leave the box', isInFooter: true },
  { scope: 'search-box', keys: ['tab'], action: 'choice-next', description: 'next place to search', isInFooter: true },
  { scope: 'search-box', keys: ['shift-tab'], action: 'choice-previous', description: 'previous place to search' },
  { scope: 'search-box', keys: ['down'], action: 'down', description: 'to the results', isInFooter: true },
  { scope: 'search-box', keys: ['ctrl-u'], action: 'field-clear', description: 'clear the box' },

  { scope: 'form', keys: ['return'], action: 'confirm', description: 'submit', isInFooter: true },
  { scope: 'form', keys: ['escape'], action: 'cancel', description: 'cancel', isInFooter: true },
  { scope: 'form', keys: ['tab'], action: 'field-next', description: 'next field', isInFooter: true },
  { scope: 'form', keys: ['shift-tab'], action: 'field-previous', description: 'previous field' },
  { scope: 'form', keys: ['down'], action: 'choice-next', description: 'next suggestion', isInFooter: true },
  { scope: 'form', keys: ['up'], action: 'choice-previous', description: 'previous suggestion' },
  { scope: 'form', keys: ['ctrl-u'], action: 'field-clear', description: 'clear the field' },

  { scope: 'transfer', keys: ['escape'], action: 'cancel', description: 'cancel, or close once ended', isInFooter: true, short: 'cancel/close' },
  { scope: 'transfer', keys: ['return', 'q'], action: 'close', description: 'close once ended', isInFooter: true, short: 'close' },

  { scope: 'containers', keys: ['return'], action: 'container-details', description: 'details', isInFooter: true },
  { scope: 'containers', keys: ['l'], action: 'container-logs', description: 'logs', isInFooter: true },
  { scope: 'containers', keys: ['e'], action: 'container-shell', description: 'shell', isInFooter: true },

  { scope: 'details', keys: ['escape', 'q'], action: 'close', description: 'back to the list', isInFooter: true, short: 'back' },
  { scope: 'details', keys: ['tab', 'right'], action: 'tab-next', description: 'next tab', isInFooter: true },
  { scope: 'details', keys: ['shift-tab', 'left'], action: 'tab-previous', description: 'previous tab' },
  { scope: 'details', keys: ['e'], action: 'container-shell', description: 'shell', isInFooter: true },
  { scope: 'details', keys: ['?'], action: 'help', description: 'help', isInFooter: true },

  { scope: 'logs', keys: ['up', 'k'], action: 'up', description: 'scroll up' },
  { scope: 'logs', keys: ['down', 'j'], action: 'down', description: 'scroll down' },
  { scope: 'logs', keys: ['pageup'], action: 'page-up', description: 'page up' },
  { scope: 'logs', keys: ['pagedown'], action: 'page-down', description: 'page down' },
  { scope: 'logs', keys: ['g', 'home'], action: 'first', description: 'oldest line' },
  { scope: 'logs', keys: ['G', 'end'], action: 'last', description: 'newest line, follow' },
  { scope: 'logs', keys: ['/'], action: 'search', description: 'search', isInFooter: true },
  { scope: 'logs', keys: ['n'], action: 'search-next', description: 'next match, older', isInFooter: true, short: 'next match' },
  { scope: 'logs', keys: ['N'], action: 'search-previous', description: 'previous match, newer' },
  { scope: 'logs', keys: ['t'], action: 'toggle-timestamps', description: 'timestamps', isInFooter: true },
  { scope: 'logs', keys: ['W'], action: 'toggle-wrap', description: 'wrap long lines', isInFooter: true, short: 'wrap' },
  { scope: 'logs', keys: ['T'], action: 'tail-more', description: 'lines to read first: next size' },
  { scope: 'logs', keys: ['w'], action: 'save', description: 'save to a file', isInFooter: true, short: 'save' },

  { scope: 'log-search', keys: ['return'], action: 'confirm', description: 'find it', isInFooter: true },
  { scope: 'log-search', keys: ['escape'], action: 'cancel', description: 'drop the search', isInFooter: true },

  { scope: 'inspect', keys: ['up', 'k'], action: 'up', description: 'scroll up' },
  { scope: 'inspect', keys: ['down', 'j'], action: 'down', description: 'scroll down' },
  { scope: 'inspect', keys: ['pageup'], action: 'page-up', description: 'page up' },
  { scope: 'inspect', keys: ['pagedown'], action: 'page-down', description: 'page down' },
  { scope: 'inspect', keys: ['g', 'home'], action: 'first', description: 'top' },
  { scope: 'inspect', keys: ['G', 'end'], action: 'last', description: 'bottom' },
  { scope: 'inspect', keys: ['v'], action: 'reveal', description: 'show or mask secrets', isInFooter: true, short: 'secrets' },

  { scope: 'images', keys: ['r'], action: 'image-run', description: 'run a container', isInFooter: true, short: 'run' },

  { scope: 'run-form', keys: ['return'], action: 'confirm', description: 'run', isInFooter: true },
  { scope: 'run-form', keys: ['escape'], action: 'cancel', description: 'cancel', isInFooter: true },
  { scope: 'run-form', keys: ['down', 'tab'], action: 'field-next', description: 'next field', isInFooter: true },
  { scope: 'run-form', keys: ['up', 'shift-tab'], action: 'field-previous', description: 'previous field' },

  { scope: 'global', keys: ['H'], action: 'hosts-open', description: 'engines: contexts and hosts', isInFooter: true, short: 'engines' },
  { scope: 'hosts', keys: ['up', 'k'], action: 'up', description: 'move up' },
  { scope: 'hosts', keys: ['down', 'j'], action: 'down', description: 'move down' },
  { scope: 'hosts', keys: ['return'], action: 'hosts-switch', description: 'switch to this engine', isInFooter: true, short: 'switch' },
  { scope: 'hosts', keys: ['escape', 'q'], action: 'close', description: 'close', isInFooter: true },
];

/** The action that `name` means with `scopes` open (innermost first), if any. */
export function actionFor(
  scopes: readonly Scope[],
  name: string,
): ActionId | null {
  for (const scope of scopes) {
    const binding = KEYMAP.find(
      (b) => b.scope === scope && b.keys.includes(name),
    );
    if (binding) return binding.action;
  }

  return null;
}

/** The footer's first actions: help, the ways out, then the ways in and around. */
const FOOTER_FIRST: readonly (readonly ActionId[])[] = [
  ['help'],
  ['quit', 'close', 'back'],
  ['container-details', 'container-logs', 'tab-next'],
];

/**
 * The footer's bindings for a path of scopes, innermost first after those FOOTER_FIRST
 * names, so that a narrow footer cut short still says where to find the rest and how to
 * leave.
 */
export function footerBindings(scopes: readonly Scope[]): Binding[] {
  const bindings = scopes.flatMap((scope) =>
    KEYMAP.filter((b) => b.scope === scope && b.isInFooter),
  );
  const rank = (b: Binding) => {
    const group = FOOTER_FIRST.findIndex((g) => g.includes(b.action));
    return group === -1 ? FOOTER_FIRST.length : group;
  };

  return [...bindings].sort((a, b) => rank(a) - rank(b));
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  return: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift-tab': 'Shift-Tab',
  space: 'Space',
  'ctrl-c': 'Ctrl-C',
  'ctrl-r': 'Ctrl-R',
  'ctrl-u': 'Ctrl-U',
  left: '←',
  right: '→',
};

/** A key name as a person reads it: "↑", "PgDn", "Ctrl-C", "d". */
export function keyLabel(name: string): string {
  return KEY_LABELS[name] ?? name;
}
