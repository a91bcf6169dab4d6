/**
 * Which branch (cause) is shown. The URL fragment is the source of truth on
 * arrival and on in-page links (`#cause-x`, or `#step-3` of a branch), so a
 * bookmarked or pasted link opens on the right branch; the picker changes it
 * without scrolling. A fragment that names nothing in a branch (`#source`)
 * keeps the current pick, so following such a link does not reset the page.
 */
export type HashTarget = { branch: string; target: string };

export function decodeHash(hash: string): string {
  const bare = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

export function resolveHash(
  hash: string,
  steps: readonly { id: string; branch?: string }[],
  branchIds: readonly string[],
): HashTarget | undefined {
  if (typeof hash !== 'string') return undefined;
  const id = decodeHash(hash);
  if (!id) return undefined;
  if (branchIds.includes(id)) return { branch: id, target: id };
  const step = steps.find((s) => s.id === id);
  if (step?.branch !== undefined && branchIds.includes(step.branch)) return { branch: step.branch, target: id };
  return undefined;
}

export type SelectionStore = {
  get(): string | undefined;
  /** A pick from the page's controls: never scrolls. */
  select(branch: string | undefined): void;
  /** A fragment the browser navigated to. */
  syncFromHash(hash: string): void;
  /**
   * The element to bring into view once the newly selected branch is shown
   * (it was hidden, so the browser could not scroll to it). Returned once.
   */
  takeScrollTarget(): string | undefined;
  subscribe(listener: () => void): () => void;
};

export function createSelectionStore(
  steps: readonly { id: string; branch?: string }[],
  branchIds: readonly string[],
  readHash: () => string,
): SelectionStore {
  let initialized = false;
  let selected: string | undefined;
  let scrollTarget: string | undefined;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };

  function apply(hash: string): boolean {
    const hit = resolveHash(hash, steps, branchIds);
    if (!hit || hit.branch === selected) return false;
    selected = hit.branch;
    scrollTarget = hit.target;
    return true;
  }

  // Lazy, so nothing touches location during server rendering.
  function init() {
    if (initialized) return;
    initialized = true;
    try {
      apply(readHash());
    } catch {
      // No location to read: start with every branch shown.
    }
  }

  return {
    get() {
      init();
      return selected;
    },
    select(branch) {
      init();
      const next = branch !== undefined && branchIds.includes(branch) ? branch : undefined;
      scrollTarget = undefined;
      if (next === selected) return;
      selected = next;
      notify();
    },
    syncFromHash(hash) {
      init();
      if (apply(hash)) notify();
    },
    takeScrollTarget() {
      const t = scrollTarget;
      scrollTarget = undefined;
      return t;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
