/**
 * The report's known entries as lookup results, so the cards the lookup
 * shows for a paste (components/ResolutionCard, the CLI's formatCard) show
 * them too, with the values read from the events.
 */
import { dictionary } from '../i18n';
import type { Lang } from '../content/schema';
import type { LookupRecord, LookupResult } from '../lookup/types';
import type { LogReport } from './types';

/** At most this many values on a card (the report has them all). */
const CARD_VALUES = 6;

export function reportResults(report: LogReport, records: readonly LookupRecord[], lang: Lang): LookupResult[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const t = dictionary(lang);
  const out: LookupResult[] = [];
  for (const e of report.entries) {
    const r = byId.get(e.id);
    if (!r) continue;
    const source = r.provider ?? (r.kind === 'sense-event' ? t.codes.sense : r.kind === 'mdm-event' ? t.codes.mdm : undefined);
    out.push({
      id: r.id,
      kind: r.kind,
      title: r.title,
      url: r.url,
      match: 'code',
      score: 1,
      matchedOn: `${t.engine.eventLabel(e.eventId, source)} × ${e.count}`,
      values: e.values.slice(0, CARD_VALUES).map((v) => ({ name: v.name, value: v.value })),
    });
  }
  return out;
}
