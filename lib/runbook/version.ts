/**
 * A version of an entry's procedure. Ticks are stored under it, so changing a
 * command, or adding, removing or reordering steps makes old ticks disappear
 * instead of pointing at a step that no longer is what the admin ticked.
 *
 * It is the same in every language: it reads what a step *is* (its id and its
 * commands, which parity keeps identical across editions), not its wording, so
 * ticks made on the English page show on the French one and rewording one
 * edition never erases the other's ticks. A step whose meaning changes gets a
 * new id.
 */
export type VersionedStep = { id: string; text: string; commands: readonly { code: string }[] };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over UTF-16 code units: tiny, stable across runtimes, no crypto API needed in the browser. */
export function fnv1a(input: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function contentVersion(steps: readonly VersionedStep[]): string {
  // JSON keeps field boundaries unambiguous: "ab"+"c" and "a"+"bc" serialise differently.
  return fnv1a(JSON.stringify(steps.map((s) => [s.id, s.commands.map((c) => c.code)])));
}

/**
 * The version ticks were stored under before it became language-neutral: one
 * per edition, wording included. Read once, to carry those ticks over.
 */
export function editionVersion(steps: readonly VersionedStep[]): string {
  return fnv1a(JSON.stringify(steps.map((s) => [s.id, s.text, s.commands.map((c) => c.code)])));
}
