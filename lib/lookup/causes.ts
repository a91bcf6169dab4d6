/**
 * Picks the branch of a multi-cause entry that the input points at: the one
 * whose own keywords ("SampleSharing", "577", "START_PENDING") appear in it.
 *
 * A keyword only counts when it tells branches apart: words shared by several
 * branches ("Onboarding" names two of 0x87D1FDE8's four) are left out. The
 * engine blanks the literal text of matched messages before asking (a pasted
 * SENSE 10 message always says "onboarding"), keeping the values filled in.
 */
import { normalize } from './normalize';
import type { LookupRecord } from './types';

/** Keywords are looked for in the start of the input only; a branch hint sits next to the code it qualifies. */
const MAX_CAUSE_CHARS = 64 * 1024;

type CompiledCause = { id: string; patterns: RegExp[] };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function keywordPattern(keyword: string): RegExp | undefined {
  const k = normalize(keyword);
  if (k.length < 3 && !/^[0-9]+$/.test(k)) return undefined;
  return new RegExp(`(?<![a-z0-9_])${escapeRegex(k).replace(/ /g, '\\s+')}(?![a-z0-9_])`);
}

export type CauseSelector = { select(recordId: string, normalizedInput: string): string | undefined };

export function createCauseSelector(records: LookupRecord[]): CauseSelector {
  const byRecord = new Map<string, CompiledCause[]>();
  for (const r of records) {
    if (r.causes.length < 2) continue;
    const counts = new Map<string, number>();
    for (const c of r.causes) for (const k of new Set(c.keywords.map(normalize))) counts.set(k, (counts.get(k) ?? 0) + 1);
    byRecord.set(
      r.id,
      r.causes.map((c) => ({
        id: c.id,
        patterns: [...new Set(c.keywords.map(normalize))]
          .filter((k) => counts.get(k) === 1)
          .map((k) => keywordPattern(k))
          .filter((p): p is RegExp => p !== undefined),
      })),
    );
  }
  return {
    select(recordId, normalizedInput) {
      const causes = byRecord.get(recordId);
      if (!causes) return undefined;
      const text = normalizedInput.slice(0, MAX_CAUSE_CHARS);
      let best: { id: string; hits: number } | undefined;
      let tie = false;
      for (const c of causes) {
        const hits = c.patterns.filter((p) => p.test(text)).length;
        if (!hits) continue;
        if (!best || hits > best.hits) {
          best = { id: c.id, hits };
          tie = false;
        } else if (hits === best.hits) tie = true;
      }
      return best && !tie ? best.id : undefined;
    },
  };
}
