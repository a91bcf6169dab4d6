/**
 * One localStorage key as a subscribable value, for useSyncExternalStore.
 * localStorage can be missing or throw (private modes, blocked cookies, quota):
 * the value then lives in memory for the life of the page, so ticking still
 * works, it just is not remembered.
 */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
};

export type StoredValue = {
  readonly key: string;
  read(): string | null;
  /** null removes the key. */
  write(value: string | null): void;
  subscribe(listener: () => void): () => void;
  /** For changes made elsewhere (another tab's `storage` event). */
  notify(): void;
};

export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Reading the property itself throws a SecurityError when storage is blocked.
    return undefined;
  }
}

export function createStoredValue(key: string, getStorage: () => KeyValueStorage | undefined): StoredValue {
  let memory: { value: string | null } | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  return {
    key,
    read() {
      if (memory) return memory.value;
      try {
        return getStorage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(value) {
      const storage = getStorage();
      try {
        if (!storage) throw new Error('no storage');
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
        memory = undefined;
      } catch {
        memory = { value };
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify,
  };
}

export function storageKeys(storage: KeyValueStorage | undefined): string[] {
  const keys: string[] = [];
  if (!storage) return keys;
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null) keys.push(k);
    }
  } catch {
    // A storage that fails to list simply has nothing we can clean up.
  }
  return keys;
}

/** Removes what it can; a storage that refuses is left as it is. */
export function removeKeys(storage: KeyValueStorage | undefined, keys: readonly string[]): void {
  if (!storage) return;
  for (const k of keys) {
    try {
      storage.removeItem(k);
    } catch {
      // Nothing to do: a stale key that cannot be removed is never read (its version differs).
    }
  }
}
