/**
 * Ticked steps in localStorage. What is stored is read back from a device we do
 * not control (older versions, other tabs, hand edits), so parsing never throws
 * and only keeps ids the current procedure knows.
 */
const PREFIX = 'mde-runbook:';
/** Far above any real entry; a bigger value is not ours and not worth parsing. */
const MAX_RAW_LENGTH = 100_000;

export function storageKey(entryId: string, version: string): string {
  return `${PREFIX}${entryId}:${version}`;
}

export function parseProgress(raw: string | null, knownStepIds: readonly string[]): Set<string> {
  const done = new Set<string>();
  if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) return done;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return done;
  }
  if (!Array.isArray(data)) return done;
  const known = new Set(knownStepIds);
  for (const item of data as unknown[]) {
    if (typeof item === 'string' && known.has(item)) done.add(item);
  }
  return done;
}

export function serializeProgress(done: ReadonlySet<string>): string {
  // Sorted so the same ticks always give the same string (no needless writes or store notifications).
  return JSON.stringify([...done].sort());
}

/** Keys of this entry saved under another version: their ticks refer to a procedure that changed. */
export function staleKeys(allKeys: readonly string[], entryId: string, version: string): string[] {
  const prefix = `${PREFIX}${entryId}:`;
  const current = storageKey(entryId, version);
  // Entry ids cannot contain ":", so the prefix cannot match another entry whose id starts the same.
  return allKeys.filter((k) => typeof k === 'string' && k.startsWith(prefix) && k !== current);
}

/**
 * Ticks to carry over into a key that has none yet: the union of those saved
 * under `earlier` versions of this entry (each language's edition version,
 * from before versions were language-neutral), keeping known step ids only.
 * Undefined when there is nothing to carry over.
 */
export function carriedProgress(
  read: (key: string) => string | null,
  entryId: string,
  earlier: readonly string[],
  knownStepIds: readonly string[],
): string | undefined {
  const done = new Set<string>();
  for (const v of earlier) for (const id of parseProgress(read(storageKey(entryId, v)), knownStepIds)) done.add(id);
  return done.size ? serializeProgress(done) : undefined;
}
