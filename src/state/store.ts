/**
 * A value that changes outside React's render cycle. Ink hands a burst of keys (fast typing,
 * a paste, keys sent by a script) to the listeners one by one before React renders again, so
 * a handler must see what the previous key of the same burst did: it reads `get()` at once,
 * and components render from the same store through useSyncExternalStore.
 */
export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();

  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;

      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);

      return () => listeners.delete(listener);
    },
  };
}
