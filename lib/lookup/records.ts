/**
 * Turns validated entries into the plain records the lookup engine works on.
 * Kept apart from the engine so the engine never depends on how content is stored.
 *
 * A record is shown in one language but matched in all: messages and error
 * labels are kept per language, branch keywords are merged, and the other
 * editions' prose, symptoms and keywords ride along in `alt`. That is what lets a French
 * message pasted on the English page find its entry, shown in English.
 */
import type { Entry } from '../content/parse';
import type { Lang, Step } from '../content/schema';
import { LANGS } from '../i18n/config';
import { entryPath } from '../routes';
import { markdownToPlainText } from '../text/markdown';
import type { LookupRecord, LookupStep } from './types';

const FIRST_STEPS = 3;

function toStep(step: Step): LookupStep {
  return { id: step.id, text: step.text, commands: step.commands };
}

function union(...lists: readonly string[][]): string[] {
  return [...new Set(lists.flat())];
}

function perLang<T>(editions: readonly Entry[], pick: (e: Entry) => T | undefined): Partial<Record<Lang, T>> {
  const out: Partial<Record<Lang, T>> = {};
  for (const e of editions) {
    const v = pick(e);
    if (v !== undefined) out[e.lang] = v;
  }
  return out;
}

/** `entry` in its own language; `twins` are the same id in the other languages. */
export function toLookupRecord(entry: Entry, twins: readonly Entry[] = []): LookupRecord {
  const editions = [entry, ...twins];
  // Windows' own wording of a message (the provider's template, English in every edition) is a message too:
  // it is what Event Viewer shows, and what people paste.
  const messages = perLang(editions, (e) => (e.messages || e.providerMessages ? [...(e.messages ?? []), ...(e.lang === 'en' ? (e.providerMessages ?? []) : [])] : undefined));
  if (!editions.some((e) => e.lang === 'en') && entry.providerMessages) messages.en = [...(messages.en ?? []), ...entry.providerMessages];
  const errorTypes = perLang(editions, (e) => e.errorType);
  const errorType =
    errorTypes.fr !== undefined || errorTypes.en !== undefined ? { fr: errorTypes.fr ?? '', en: errorTypes.en ?? '' } : undefined;
  return {
    id: entry.id,
    lang: entry.lang,
    kind: entry.kind,
    title: entry.title,
    url: entryPath(entry.id, entry.lang),
    summary: entry.summary,
    ...(entry.eventId !== undefined ? { eventId: entry.eventId } : {}),
    ...(entry.caseNumber !== undefined ? { caseNumber: entry.caseNumber } : {}),
    ...(entry.exitCode !== undefined ? { exitCode: entry.exitCode } : {}),
    ...(entry.exitName ? { exitName: entry.exitName } : {}),
    ...(entry.eventClass ? { eventClass: entry.eventClass } : {}),
    ...(entry.sensorArea ? { sensorArea: entry.sensorArea } : {}),
    ...(entry.documented ? {} : { documented: false as const }),
    ...(entry.source.article === 'event-error-codes' || entry.source.article === 'install-ps1' ? { reference: true as const } : {}),
    ...(entry.provider ? { provider: entry.provider } : {}),
    ...(entry.channel ? { channel: entry.channel } : {}),
    ...(entry.log ? { log: entry.log } : {}),
    ...(entry.severity ? { severity: entry.severity } : {}),
    ...(entry.codes ? { codes: entry.codes } : {}),
    systemErrors: entry.systemErrors,
    omaUris: entry.omaUris,
    messages: { fr: messages.fr ?? [], en: messages.en ?? [] },
    ...(errorType ? { errorType } : {}),
    ...(entry.cause ? { cause: entry.cause } : {}),
    symptoms: entry.symptoms,
    keywords: entry.keywords,
    ...(entry.question ? { question: entry.question } : {}),
    causes: entry.causes.map((c, i) => ({
      id: c.id,
      title: c.title,
      answer: c.answer,
      cause: c.cause,
      keywords: union(c.keywords, ...twins.map((t) => t.causes[i]?.keywords ?? [])),
      firstSteps: c.steps.slice(0, FIRST_STEPS).map(toStep),
    })),
    firstSteps: entry.steps.slice(0, FIRST_STEPS).map(toStep),
    stepCount: entry.steps.length + entry.causes.reduce((n, c) => n + c.steps.length, 0),
    bodyText: markdownToPlainText(entry.body),
    alt: twins.map((t) => ({
      lang: t.lang,
      title: t.title,
      summary: t.summary,
      ...(t.cause ? { cause: t.cause } : {}),
      causes: t.causes.map((c) => ({ title: c.title, answer: c.answer })),
      symptoms: t.symptoms,
      keywords: t.keywords,
      bodyText: markdownToPlainText(t.body),
    })),
  };
}

/** Records of one edition, each matched with its twins from `byLang` (the other editions). */
export function toLookupRecords(entries: readonly Entry[], byLang: Partial<Record<Lang, readonly Entry[]>> = {}): LookupRecord[] {
  const twinIndex = LANGS.map((lang) => new Map((byLang[lang] ?? []).map((e) => [e.id, e])));
  return entries.map((e) =>
    toLookupRecord(
      e,
      twinIndex.flatMap((m) => {
        const t = m.get(e.id);
        return t && t.lang !== e.lang ? [t] : [];
      }),
    ),
  );
}

/**
 * A record as a card shows it: what a page rendered with `?q=` hands to the
 * search panel. The matched-only text (other languages' prose, symptoms,
 * keywords, message templates, the body's plain text) is emptied: cards never
 * show it, and on a server-rendered lookup it was most of the page's payload
 * and of its render time. The shape stays LookupRecord, so a card cannot tell.
 */
export function cardRecord(record: LookupRecord): LookupRecord {
  return {
    ...record,
    messages: { fr: [], en: [] },
    alt: [],
    symptoms: [],
    keywords: [],
    bodyText: '',
    causes: record.causes.map((c) => ({ ...c, keywords: [] })),
  };
}
