/**
 * Parity between the language editions. Every entry exists in every language
 * with the same facts that URLs, the lookup and the runbooks key on: codes,
 * event IDs, commands, step, branch and section ids, related ids. Only prose
 * and each language's literal strings (messages, error labels, log names)
 * differ. A missing or diverging translation is reported as
 * `file: field: problem`, like every other content problem.
 */
import { CATEGORY_SLUGS } from '../routes';
import { LANGS, type Lang } from './schema';
import type { Entry } from './parse';

type Facet = { field: string; value: (e: Entry) => unknown };

const stepFacets = (steps: Entry['steps']) =>
  steps.map((s) => ({ id: s.id, commands: s.commands, screenshotOnly: s.screenshotOnly }));

/** What must be identical in every language; the field names are the schema's. */
const FACETS: Facet[] = [
  { field: 'kind', value: (e) => e.kind },
  { field: 'eventId', value: (e) => e.eventId },
  { field: 'caseNumber', value: (e) => e.caseNumber },
  { field: 'provider', value: (e) => e.provider },
  { field: 'channel', value: (e) => e.channel },
  { field: 'severity', value: (e) => e.severity },
  { field: 'codes', value: (e) => e.codes },
  { field: 'systemErrors', value: (e) => e.systemErrors },
  { field: 'omaUris', value: (e) => e.omaUris },
  { field: 'related', value: (e) => e.related },
  { field: 'source', value: (e) => e.source },
  // Message counts may differ: each edition quotes the wordings its own language's sources print.
  { field: 'messages', value: (e) => e.messages !== undefined },
  { field: 'providerMessages', value: (e) => e.providerMessages },
  { field: 'documented', value: (e) => e.documented },
  { field: 'eventClass', value: (e) => e.eventClass },
  { field: 'sensorArea', value: (e) => e.sensorArea },
  { field: 'exitCode', value: (e) => e.exitCode },
  { field: 'exitName', value: (e) => e.exitName },
  { field: 'errorType', value: (e) => e.errorType !== undefined },
  { field: 'question', value: (e) => e.question !== undefined },
  { field: 'causes', value: (e) => e.causes.map((c) => c.id) },
  { field: 'body', value: (e) => e.headings.map((h) => `${'#'.repeat(h.depth)} {#${h.id}}`) },
];

function describe(value: unknown): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareSteps(problems: string[], file: string, prefix: string, ref: Entry['steps'], other: Entry['steps'], refFile: string) {
  const a = stepFacets(ref);
  const b = stepFacets(other);
  if (!sameJson(a.map((s) => s.id), b.map((s) => s.id))) {
    problems.push(`${file}: ${prefix}: step ids ${describe(b.map((s) => s.id))} differ from ${refFile}: ${describe(a.map((s) => s.id))}`);
    return;
  }
  a.forEach((s, i) => {
    const o = b[i];
    if (!o) return;
    if (!sameJson(s.commands, o.commands)) {
      problems.push(`${file}: ${prefix}[${i}].commands: ${describe(o.commands)} differ from ${refFile}: ${describe(s.commands)}`);
    }
    if (s.screenshotOnly !== o.screenshotOnly) {
      problems.push(`${file}: ${prefix}[${i}].screenshotOnly: ${o.screenshotOnly} differs from ${refFile}: ${s.screenshotOnly}`);
    }
  });
}

/** Problems between the editions; the first language of LANGS is the reference. */
export function checkParity(byLang: Readonly<Record<Lang, readonly Entry[]>>): string[] {
  const problems: string[] = [];
  const [refLang, ...others] = LANGS;
  const index = (lang: Lang) => new Map(byLang[lang].map((e) => [e.id, e]));
  const ref = index(refLang);
  const expectedFile = (e: Entry, lang: Lang) => `${lang}/${CATEGORY_SLUGS[e.kind]}/${e.id}.mdx`;
  for (const lang of others) {
    const other = index(lang);
    for (const [id, e] of ref) {
      if (!other.has(id)) problems.push(`${e.file}: translation: no ${lang} edition (expected ${expectedFile(e, lang)})`);
    }
    for (const [id, o] of other) {
      const e = ref.get(id);
      if (!e) {
        problems.push(`${o.file}: translation: no ${refLang} edition (expected ${expectedFile(o, refLang)})`);
        continue;
      }
      for (const facet of FACETS) {
        const a = facet.value(e);
        const b = facet.value(o);
        if (!sameJson(a, b)) problems.push(`${o.file}: ${facet.field}: ${describe(b)} differs from ${e.file}: ${describe(a)}`);
      }
      compareSteps(problems, o.file, 'steps', e.steps, o.steps, e.file);
      e.causes.forEach((c, i) => {
        const oc = o.causes[i];
        if (oc && oc.id === c.id) compareSteps(problems, o.file, `causes[${i}].steps`, c.steps, oc.steps, e.file);
      });
    }
  }
  return problems;
}
