import { type Key, useInput, useStdin } from 'ink';
import { createContext, useContext, useEffect, useRef } from 'react';
import { characterName, keyName } from '../keys/key-name.js';
import { type ActionId, type Scope, actionFor } from '../keys/keymap.js';
import type { FocusStore } from './focus.js';

export type Handlers = Partial<Record<ActionId, () => void>>;

export interface Slot {
  handlers: Handlers;
  /** Keys no binding claims, for a text field: the printed input and the key's name. */
  onText?: (input: string, name: string) => void;
}

/** Where components leave their handlers: one slot per scope, per pane for list scopes. */
export type KeyRegistry = Map<string, { current: Slot }>;

export const KeyRegistryContext = createContext<KeyRegistry | null>(null);

/** The registry slot that serves `scope` while `pane` has the focus. */
export function slotName(scope: Scope, pane: string): string {
  return scope === 'list' || scope === 'filter' ? `${pane}:${scope}` : scope;
}

/**
 * The app's one key listener. Each keypress goes to the innermost open scope that binds it
 * and runs there once; focus is read from the store at that moment, so keys typed in a
 * burst after one that opened a prompt or dialog already reach it. While `isActive` is
 * false (a shell has the terminal) Ink reads no input at all. `beforeKey` runs before each
 * key is routed.
 */
export function useKeyRouter(
  store: FocusStore,
  registry: KeyRegistry,
  scopesNow: () => readonly Scope[],
  isActive = true,
  beforeKey: () => void = () => undefined,
): void {
  const escaped = useEscapedKey(isActive);
  const route = (input: string, name: string) => {
    beforeKey();
    const scopes = scopesNow();
    const { pane } = store.get();

    for (const scope of scopes) {
      const action = actionFor([scope], name);
      const slot = registry.get(slotName(scope, pane));
      const handler = action ? slot?.current.handlers[action] : undefined;
      if (handler) {
        handler();
        return;
      }
    }

    const [innermost] = scopes;
    // Ink reports Ctrl-U as "u" with ctrl set: a control key no binding claims types nothing.
    if (innermost && !name.startsWith('ctrl-')) {
      registry.get(slotName(innermost, pane))?.current.onText?.(input, name);
    }
  };

  useInput(
    (input, key) => {
      const escapedKey = escaped.current;
      escaped.current = null;
      if (escapedKey !== null) {
        route('', 'escape');
        route(escapedKey, characterName(escapedKey));
        return;
      }

      // Ink hands over plain text that arrives in one read (fast typing, a paste, keys sent
      // by a script) as one input; each character is a key of its own.
      const characters = [...input];
      if (characters.length > 1 && isPlainText(key)) {
        for (const character of characters) {
          route(character, characterName(character));
        }
        return;
      }

      route(input, keyName(input, key));
    },
    { isActive },
  );
}

/** Esc and one printable key in one event; `[` and `O` begin the terminal's own sequences. */
// eslint-disable-next-line no-control-regex -- the Esc and the control characters are the point
const ESCAPED_KEY = /^\u001b([^\u0000-\u001f\u007f-\u009f[O])$/u;

/**
 * Esc and the key typed right after it arrive as one event ("\u001b/"), which Ink reads as
 * an Alt-key: for a letter or digit it sets `meta`, for any other key it drops the Esc
 * without a trace. No binding uses Alt, so such an event means Esc, then the key. This
 * listener sees each raw event just before useInput does and keeps that key.
 */
function useEscapedKey(isActive: boolean) {
  const { internal_eventEmitter: events } = useStdin();
  const escaped = useRef<string | null>(null);

  useEffect(() => {
    if (!isActive) return undefined;

    const onInput = (data: string) => {
      escaped.current = ESCAPED_KEY.exec(data)?.[1] ?? null;
    };
    events.prependListener('input', onInput);

    return () => {
      events.removeListener('input', onInput);
    };
  }, [events, isActive]);

  return escaped;
}

function isPlainText(key: Key): boolean {
  return !(key.ctrl || key.meta || key.escape || key.return || key.tab);
}

/** Offers handlers for `slot` (see slotName) in `registry`. */
export function useSlotIn(
  registry: KeyRegistry,
  slot: string,
  handlers: Handlers,
  onText?: Slot['onText'],
): void {
  const ref = useRef<Slot>({ handlers, onText });
  ref.current = { handlers, onText };
  registry.set(slot, ref);
}

/** Offers this component's handlers for `slot` in the app's registry. */
export function useSlot(
  slot: string,
  handlers: Handlers,
  onText?: Slot['onText'],
): void {
  const registry = useContext(KeyRegistryContext);
  if (!registry) throw new Error('useSlot needs a KeyRegistryContext provider');

  useSlotIn(registry, slot, handlers, onText);
}
