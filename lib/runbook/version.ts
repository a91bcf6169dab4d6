/**
 * A version of an entry's procedure. Ticks are stored under it, so rewording a
 * step, changing a command or reordering steps makes old ticks disappear
 * instead of pointing at a step that no longer says what the admin ticked.
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
  return fnv1a(JSON.stringify(steps.map((s) => [s.id, s.text, s.commands.map((c) => c.code)])));
}
