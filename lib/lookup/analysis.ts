/**
 * Text analysis per language: the words of a text worth matching, reduced to
 * their stems. Each language has its stop words and its stemmer from a
 * maintained library (Snowball's Porter2 for English, Snowball French), plus
 * the field's vocabulary (content/vocabulary/): synonyms turned into one term
 * ("MECM", "ConfigMgr", "SCCM" → one word) and the filler of a help request
 * dropped ("I have an issue with…"), so what the problem *is* weighs most.
 *
 * Works on the normal form (normalize.ts: lower case, no accents). Stemming
 * the unaccented form on both sides — entries and queries — keeps "désactivé"
 * and a typed "desactive" on one stem.
 */
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import englishStem from 'wink-porter2-stemmer';
import { LANGS, type Lang } from '../i18n/config';
import { normalize } from './normalize';
import type { Vocabulary } from './types';

export type Analyzer = {
  lang: Lang;
  stopWords: ReadonlySet<string>;
  stem(word: string): string;
};

const folded = (words: readonly string[]) => new Set(words.map((w) => normalize(w)));

/** One analyzer per published language: the compiler asks for one when a language is added. */
const ANALYZERS: Record<Lang, Analyzer> = {
  en: { lang: 'en', stopWords: folded(englishStopwords), stem: englishStem },
  fr: { lang: 'fr', stopWords: folded(frenchStopwords), stem: frenchStem },
};

export function analyzerFor(lang: Lang): Analyzer {
  return ANALYZERS[lang];
}

/** Words as the index sees them: letters and digits, with the inner dots, dashes and underscores of names. */
const WORD = /[a-z0-9][a-z0-9_'.\-]*/g;
/** French elisions glued to the next word: "l'appareil" is "appareil". */
const ELISION = /^(?:l|d|n|s|j|c|m|t|qu|jusqu|lorsqu|puisqu)'/;

/**
 * A host name: dotted labels ending in a top-level domain of letters ("settings-win.data.microsoft.com",
 * "winatp-gw-weu.microsoft.com"). File names end in their extension ("mssense.exe"), which the
 * exclusions below keep out.
 */
const HOST_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,6}$/;
const FILE_EXTENSION = /\.(?:exe|dll|cmd|bat|ps1|psm1|msi|xml|json|txt|log|evtx|cab|zip|reg|sys|inf|ini|cfg|csv|etl|mdx|md|yaml|yml|html?)$/;

/** Identifiers are kept whole: a stemmer would cut "start_pending" or "4.18.2007.8" into noise. */
export const IDENTIFIER = /[0-9_.]/;

export type Token = { stem: string; word: string };

/**
 * The language of a query: the one whose stop words it uses most (a French
 * question is full of "le", "de", "pas"), the page's language on a tie, which
 * includes a query of technical words only.
 */
export function detectLang(normalized: string, fallback: Lang): Lang {
  return languageEvidence(normalized) ?? fallback;
}

/** The language whose stop words the text uses most, or undefined when no language's (or a tie). */
export function languageEvidence(normalized: string): Lang | undefined {
  let best: Lang | undefined;
  let bestCount = 0;
  const words = normalized.slice(0, 2000).match(WORD) ?? [];
  for (const lang of LANGS) {
    const stop = ANALYZERS[lang].stopWords;
    let count = 0;
    for (const w of words) if (stop.has(w) || stop.has(w.replace(ELISION, ''))) count++;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    } else if (count === bestCount && count > 0) best = undefined;
  }
  return best;
}

export type CompiledVocabulary = {
  /** Variant phrases → term, longest first, as one alternation over whole words. */
  synonyms: RegExp | undefined;
  termOf: Map<string, string>;
  /** Every term, so an entry that already writes one ("diagtracksvc" never, but a term can be a word) is not stemmed. */
  terms: ReadonlySet<string>;
  filler: Record<Lang, RegExp | undefined>;
  hostNameTerm: string | undefined;
  /** A query word (normal form) → the terms it may also stand for. */
  alsoMeans: Map<string, string[]>;
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(phrases: readonly string[]): RegExp | undefined {
  const list = [...new Set(phrases.map((p) => normalize(p)).filter(Boolean))].sort((a, b) => b.length - a.length);
  // Whole words only: "atp" must not fire inside "wdatponboarding", nor "microsoft" inside a host name
  // ("settings-win.data.microsoft.com") or a file name; a full stop ending a sentence still ends a word.
  return list.length
    ? new RegExp(`(?<![a-z0-9_]|[a-z0-9][.\\-])(?:${list.map(escape).join('|')})(?![a-z0-9_]|[.\\-][a-z0-9])`, 'g')
    : undefined;
}

export function compileVocabulary(vocabulary: Vocabulary | undefined): CompiledVocabulary {
  const termOf = new Map<string, string>();
  for (const group of vocabulary?.synonyms ?? []) for (const v of group.variants) termOf.set(normalize(v), group.term);
  const filler = {} as Record<Lang, RegExp | undefined>;
  for (const lang of LANGS) filler[lang] = alternation(vocabulary?.filler[lang] ?? []);
  const alsoMeans = new Map((vocabulary?.alsoMeans ?? []).map((a) => [normalize(a.word), a.terms] as const));
  return { synonyms: alternation([...termOf.keys()]), termOf, terms: new Set(termOf.values()), filler, hostNameTerm: vocabulary?.hostNameTerm, alsoMeans };
}

/**
 * The tokens of a normalized text in `lang`: filler phrases out (queries
 * only), synonyms folded into their term, stop words out, words stemmed.
 * `max` bounds the work on long texts.
 */
export function analyze(normalized: string, lang: Lang, vocabulary: CompiledVocabulary, options: { query?: boolean; max?: number } = {}): Token[] {
  const analyzer = ANALYZERS[lang];
  let text = normalized;
  // A synonym becomes its term, but the token keeps the words the user wrote (the card shows them).
  // Folded before the filler goes: "Microsoft Defender Advanced Threat Protection" is one name, and
  // dropping the filler word "microsoft" first left "advanced threat protection" to match registry paths.
  const said = new Map<string, string>();
  if (vocabulary.synonyms) {
    text = text.replace(vocabulary.synonyms, (m) => {
      const term = vocabulary.termOf.get(m) ?? m;
      if (!said.has(term)) said.set(term, m);
      return ` ${term} `;
    });
  }
  if (options.query) {
    const filler = vocabulary.filler[lang];
    if (filler) text = text.replace(filler, ' ');
  }
  const out: Token[] = [];
  const max = options.max ?? Infinity;
  for (const m of text.matchAll(WORD)) {
    let w = m[0].replace(ELISION, '').replace(/['.\-]+$/, '');
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length < 2 || analyzer.stopWords.has(w)) continue;
    // Bare short numbers (dates, counts) say nothing; long ones (1607, 577) are kept as keywords.
    if (/^[0-9]{1,2}$/.test(w)) continue;
    // Synonym terms are ours, already one form: the stemmer would cut them ("serveros" → "servero").
    const stem = IDENTIFIER.test(w) || w.length < 4 || said.has(w) || vocabulary.terms.has(w) ? w : analyzer.stem(w);
    out.push({ stem, word: said.get(w) ?? w });
    // A host name is kept whole (it is its own evidence) and also counts as the vocabulary's term for
    // the addresses the sensor must reach: the entries name "service URLs", never each host.
    if (vocabulary.hostNameTerm && HOST_NAME.test(w) && !FILE_EXTENSION.test(w)) {
      out.push({ stem: vocabulary.hostNameTerm, word: w });
    }
    if (out.length >= max) break;
  }
  return out;
}
