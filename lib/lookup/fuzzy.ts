/**
 * Free-text matching for symptoms described in people's own words.
 *
 * Text is read by the language analyzers (analysis.ts): filler and stop words
 * out, the field's synonyms folded into one term, words stemmed by each
 * language's Snowball stemmer. Entries are indexed in the language each field
 * is written in; a query is read in the language it is written in (detected,
 * else the page's). The query is then reduced to its few most telling stems
 * (rarest first) and each is matched on its own: Fuse's Bitap pattern is at
 * most 32 characters, so a sentence searched as one pattern would match on
 * word order and chunk boundaries, not meaning. Extended search is never
 * used: pasted `!`, `^`, `=` and `|` would be read as operators.
 *
 * Records are ranked with BM25F (Robertson and Zaragoza's field-weighted
 * BM25): a word's occurrences are counted in every field, each field by its
 * weight and normalised by its length, then saturated. An entry about the
 * diagnostic data service, which says so in its title, summary, symptoms and
 * body, outranks one that names the service once in a list of keywords; the
 * simpler "best field wins" formula of Fuse gave both full credit, so entries
 * with long keyword lists won questions that were not about them.
 *
 * Two kinds of word are read apart. Names (a setting, a file, a version) count
 * in full from one mention, and a run-together name the entries lack is read by
 * the entry words it is made of ("DisableEnterpriseAuthProxy": disable, proxy).
 * Bare numbers weigh half: "2019" narrows the answer, it is not the question.
 *
 * Latency (well under a millisecond per keystroke): Fuse's Bitap scan costs
 * about 3 µs per indexed string, so Fuse is run on the corpus's *stems* (one
 * small index per first letter) and only for query stems the corpus lacks —
 * typos, the case Fuse exists for. Known stems are found in a stem → record
 * index. A typo's match counts for less, by its Fuse score.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Lang } from '../i18n/config';
import { analyze, analyzerFor, compileVocabulary, IDENTIFIER, languageEvidence, type CompiledVocabulary } from './analysis';
import { LANGS } from '../i18n/config';
import { normalize } from './normalize';
import type { LookupRecord } from './types';

/** Only the start of the input is read for free text: a symptom is a sentence or two, not a log. */
export const MAX_FUZZY_CHARS = 600;
/**
 * Words searched per query: a question title has a handful, a pasted paragraph
 * dozens, of which the rarest in the corpus are kept. Ten rather than six:
 * chosen on the dev and field-dev sets (long real texts lost their telling words).
 */
export const MAX_FUZZY_TERMS = 10;
/** Query words looked up with Fuse (not in the corpus as such) per query: each costs a Bitap scan of one vocabulary bucket. */
const MAX_TYPO_TERMS = 3;
/** Corpus words a misspelt query word may stand for. */
const MAX_TYPO_CANDIDATES = 4;
/** Shorter words are not corrected: one letter off a five-letter word is another word ("crepe", "cree"). */
const MIN_TYPO_LENGTH = 6;
/** Longer words are no typo of a corpus word (Bitap's pattern is 32 characters; a longer one is searched in slow chunks). */
const MAX_TYPO_LENGTH = 32;
/** A typo candidate must be about the query word's length: "run" is no typo of "truncate". */
const MIN_TYPO_LENGTH_RATIO = 0.6;

/** A record is a close text match when its score (0..1) reaches this; tuned on the dev set. */
export const MIN_FUZZY_SCORE = 0.3;
/**
 * Below MIN_FUZZY_SCORE, the best few records down to this score are still
 * offered, flagged weak: an honest "maybe one of these", with the words that
 * matched, rather than nothing.
 */
export const WEAK_FUZZY_SCORE = 0.12;
export const WEAK_RESULTS = 3;
/** Share of the score given to words found together in one short field (one symptom, the title). */
const PHRASE_SHARE = 0.2;
/**
 * BM25's term-frequency saturation (k1) and field-length normalisation (b).
 * k1 is higher than the usual 1.2–2 because BM25F adds the field weights into
 * the frequency (one mention in a title is 3): with a low k1 an entry that
 * names a thing once saturated as fast as one about it. Chosen on dev and
 * field-dev (k1 from 1.2 to 20): 5 to 12 rank best on the first 101 real texts; with the 48 server,
 * connectivity and DiagTrack texts added since, 10 and 11 rank best and 8 loses two French texts.
 */
const BM25_K1 = 10;
const BM25_B = 0.75;
/**
 * Length normalisation of the list fields (symptoms, keywords, causes): each value is one more way
 * the entry is asked for, so a long list is not a diluted one the way a long summary is. Chosen on
 * dev and field-dev (0 to 1): 0.25 to 0.5 rank best.
 */
const BM25_B_LISTS = 0.4;
/**
 * The saturation of names: "DisableAntiVirus", "4.18.2007.8", "mpcmdrun.exe" name one thing, so the
 * entry that lists one once has it as much as an entry that repeats it; with BM25_K1 one mention in a
 * keyword list counted for a quarter and "value" and "registry" outweighed it. Chosen on dev and
 * field-dev (8, 4, 2, 1, 0.5): 1.
 */
const NAME_K1 = 1;
/**
 * The text score is the BM25F sum over the query's words, each saturated as
 * tf / (k1 + tf), divided by the query's weight times this share and capped
 * at 1: a record that has every query word with a weighted frequency of
 * about 5 (a mention in the title and one in a symptom) scores 1. Scores stay
 * on 0..1, so MIN_FUZZY_SCORE and WEAK_FUZZY_SCORE keep their meaning.
 */
const SATURATED = 0.4;
/**
 * The score divides by at least this much query weight, so a query made only
 * of words every entry uses ("sense", "service") cannot score high: one rare
 * word weighs about 2.3, "sense" about 0.8.
 */
const MIN_WEIGHT = 2;
/** Share of its weight a query word counts for when nothing in the corpus resembles it. */
const UNMATCHED_WEIGHT = 0.5;
/**
 * Added to the Fuse score of a word found only as a near spelling: "recette"
 * is one letter from "recente", which is weak evidence next to a word spelt
 * as the corpus spells it.
 */
const TYPO_PENALTY = 0.3;
/**
 * Share of its rarity a bare number counts for. "2019" or "1803" is rare in the corpus, so it weighed
 * like the words that say what the problem is, and the entry that lists the most Windows versions won
 * server questions that were not about it; a version narrows the answer, it is not the question.
 * Chosen on dev and field-dev (1, 0.7, 0.5, 0.3, 0): 0.5 and below rank best.
 */
const NUMBER_SHARE = 0.5;
const NUMBER = /^[0-9]+$/;
/** A word read as a compound of corpus words: letters only, long enough to be several words. */
const COMPOUND = /^[a-z]{12,48}$/;
const MIN_PART = 4;
const MAX_PART = 16;
/** Long unknown words cut into corpus words per query (each costs a Bitap scan first, to rule out a typo). */
const MAX_COMPOUNDS = 3;
/** A corpus word is a name when corpus words cover this much of it. */
const NAME_COVERAGE = 0.8;
/** Names are at least this long: "r2" or "x64" are not names to saturate on. */
const MIN_NAME = 6;
/** Query stems shorter than this match only themselves, never as a prefix. */
const MIN_PREFIX = 5;
/** Score of a corpus word that merely starts with the query word (a stem, "privileg" → "privileges"). */
const PREFIX_SCORE = 0.05;

type Key = 'title' | 'symptoms' | 'keywords' | 'messages' | 'causes' | 'summary' | 'cause' | 'body';

/** The record fields searched, with their BM25F weights: short, people-worded fields first, long prose last. */
export const FUZZY_KEYS: { name: Key; weight: number }[] = [
  { name: 'title', weight: 3 },
  { name: 'symptoms', weight: 3 },
  { name: 'keywords', weight: 2.5 },
  { name: 'messages', weight: 2 },
  { name: 'causes', weight: 1.5 },
  { name: 'summary', weight: 1 },
  { name: 'cause', weight: 1 },
  { name: 'body', weight: 0.4 },
];
const LIST_KEYS = new Set<Key>(['symptoms', 'keywords', 'causes']);
/** Fields short enough that several query words found in one value mean they were said together. */
const PHRASE_KEYS = new Set<Key>(['title', 'symptoms', 'messages', 'causes']);

/** Options of the vocabulary indexes that catch misspelt words. */
export const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  // A misspelling can sit anywhere in the word, not only near its start.
  ignoreLocation: true,
  ignoreDiacritics: true,
  // One typo in a five-letter word, two in a ten-letter one; looser lets "service" match "serveur".
  threshold: 0.2,
  useExtendedSearch: false,
};

type FieldValue = { text: string; lang: Lang };

function fieldValues(r: LookupRecord, key: Key): FieldValue[] {
  const own = (texts: readonly (string | undefined)[]) => texts.filter((t): t is string => Boolean(t)).map((text) => ({ text, lang: r.lang }));
  const alt = (pick: (a: LookupRecord['alt'][number]) => readonly (string | undefined)[]) =>
    r.alt.flatMap((a) => pick(a).filter((t): t is string => Boolean(t)).map((text) => ({ text, lang: a.lang })));
  switch (key) {
    case 'title':
      return [...own([r.title]), ...alt((a) => [a.title])];
    case 'symptoms':
      return [...own(r.symptoms), ...alt((a) => a.symptoms)];
    case 'keywords':
      return [...own(r.keywords), ...alt((a) => a.keywords)];
    case 'messages':
      return [
        ...r.messages.fr.map((text) => ({ text, lang: 'fr' as const })),
        ...r.messages.en.map((text) => ({ text, lang: 'en' as const })),
        ...(r.errorType?.fr ? [{ text: r.errorType.fr, lang: 'fr' as const }] : []),
        ...(r.errorType?.en ? [{ text: r.errorType.en, lang: 'en' as const }] : []),
      ];
    case 'causes':
      return [...own(r.causes.flatMap((c) => [c.title, c.answer, ...c.keywords])), ...alt((a) => a.causes.flatMap((c) => [c.title, c.answer]))];
    case 'summary':
      return [...own([r.summary]), ...alt((a) => [a.summary])];
    case 'cause':
      return [...own([r.cause]), ...alt((a) => [a.cause])];
    case 'body':
      return [...own([r.bodyText]), ...alt((a) => [a.bodyText])];
  }
}

/**
 * One field value of one record that contains a word: which record, which value, and the word's BM25F
 * frequency there (occurrences × key weight × the key's length norm in that record), fixed when the index is built.
 */
type Posting = { doc: number; value: number; frequency: number; phrase: boolean };

/** `terms`: the query's own words that matched, as the user typed them (the "why it matched" of a card). */
export type FuzzyHit = { id: string; score: number; terms: string[]; weak?: true };

/** A query stem with the word it came from. */
export type QueryTerm = {
  stem: string;
  word: string;
  /** When nothing tells the query's language, the word's stem in the other language(s) too. */
  alts?: string[];
};

export type FuzzyIndex = {
  /** The stems a query is searched by, with their words. */
  terms(normalizedQuery: string): QueryTerm[];
  search(normalizedQuery: string): FuzzyHit[];
};

export type FuzzyOptions = {
  /** The page's language: how a query is read when its own words do not tell. */
  lang?: Lang;
  vocabulary?: CompiledVocabulary;
};

/**
 * How likely an entry is to be the answer to words someone wrote, before reading them: a described problem is
 * about something that went wrong, so a SENSE event the catalogue calls a normal operating notification, or one
 * Microsoft does not document at all, needs more of the words to come first. Identifiers and messages are not
 * touched by this (they name their entry); only text matches are.
 */
export const TEXT_PRIOR = {
  error: 1,
  warning: 0.85,
  notification: 0.7,
  undocumented: 0.6,
  installer: 0.65,
  // An entry written from a reference (the SENSE table, the installer script) rather than the troubleshooting
  // articles. Chosen on dev and field-dev (0.4–0.6 ranked alike there; the mildest was kept): docs/catalogue.md.
  reference: 0.6,
} as const;

export function textPrior(r: Pick<LookupRecord, 'kind' | 'eventClass' | 'documented' | 'reference'>): number {
  const reference = r.reference ? TEXT_PRIOR.reference : 1;
  if (r.kind === 'installer-exit') return TEXT_PRIOR.installer * reference;
  if (r.kind !== 'sense-event') return reference;
  if (r.documented === false) return TEXT_PRIOR.undocumented * reference;
  return (r.eventClass ? TEXT_PRIOR[r.eventClass] : 1) * reference;
}

export function createFuzzyIndex(records: LookupRecord[], options: FuzzyOptions = {}): FuzzyIndex {
  const priors = records.map(textPrior);
  const vocabulary = options.vocabulary ?? compileVocabulary(undefined);
  const pageLang: Lang = options.lang ?? records[0]?.lang ?? 'en';
  const postings = new Map<string, Posting[]>();
  // BM25F's length normalisation: each record's length per key, against the corpus's mean. Occurrences are
  // gathered first (the mean needs every record), then weighted once, so a query only adds them up.
  const keyLengths: number[][] = records.map(() => FUZZY_KEYS.map(() => 0));
  const occurrences: { word: string; doc: number; key: number; value: number; count: number }[] = [];
  let valueCount = 0;
  /** The words of the entries as written (not stemmed): what a run-together setting name is cut into. */
  const corpusWords = new Set<string>();
  const compoundWords = new Map<string, { word: string; lang: Lang }>();
  records.forEach((r, doc) => {
    FUZZY_KEYS.forEach((key, k) => {
      for (const raw of fieldValues(r, key.name)) {
        const analyzed = analyze(normalize(raw.text), raw.lang, vocabulary);
        for (const t of analyzed) {
          corpusWords.add(t.word);
          if (COMPOUND.test(t.word) && !compoundWords.has(t.stem)) compoundWords.set(t.stem, { word: t.word, lang: raw.lang });
        }
        const tokens = analyzed.map((t) => t.stem);
        if (!tokens.length) continue;
        const value = valueCount++;
        const lengths = keyLengths[doc];
        if (lengths) lengths[k] = (lengths[k] ?? 0) + tokens.length;
        const counts = new Map<string, number>();
        for (const w of tokens) counts.set(w, (counts.get(w) ?? 0) + 1);
        for (const [word, count] of counts) occurrences.push({ word, doc, key: k, value, count });
      }
    });
  });
  // The corpus statistics (field lengths, word rarity) are those of the troubleshooting entries: the reference
  // entries (the SENSE table, the installer's codes) are scored with them but do not reshape them, so five times
  // more entries about event IDs do not make "onboarding" or "proxy" a common word. Without such a core, all count.
  const inCore = records.map((r) => !r.reference);
  const coreSize = inCore.filter(Boolean).length;
  const statistic = (doc: number) => (coreSize ? inCore[doc] === true : true);
  const statisticCount = coreSize || records.length;
  const meanLength = FUZZY_KEYS.map((_, k) =>
    Math.max(1, keyLengths.reduce((sum, l, doc) => sum + (statistic(doc) ? (l[k] ?? 0) : 0), 0) / Math.max(1, statisticCount)),
  );
  for (const o of occurrences) {
    const key = FUZZY_KEYS[o.key];
    if (!key) continue;
    // 1 / (1 − b + b · length / mean length): a long field counts each occurrence for less.
    const b = LIST_KEYS.has(key.name) ? BM25_B_LISTS : BM25_B;
    const lengthNorm = 1 / (1 - b + (b * (keyLengths[o.doc]?.[o.key] ?? 0)) / (meanLength[o.key] ?? 1));
    let list = postings.get(o.word);
    if (!list) postings.set(o.word, (list = []));
    list.push({ doc: o.doc, value: o.value, frequency: key.weight * o.count * lengthNorm, phrase: PHRASE_KEYS.has(key.name) });
  }
  const corpusStems = [...postings.keys()].sort();
  const buckets = new Map<string, Fuse<string>>();
  for (const [first, list] of groupBy(corpusStems.filter((w) => w.length >= 3), (w) => w.charAt(0))) {
    buckets.set(first, new Fuse(list, FUSE_OPTIONS));
  }

  /** Corpus words starting with `prefix`, by binary search on the sorted corpusStems. */
  const withPrefix = (prefix: string): string[] => {
    let lo = 0;
    let hi = corpusStems.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((corpusStems[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < corpusStems.length && (corpusStems[i] ?? '').startsWith(prefix); i++) out.push(corpusStems[i] ?? '');
    return out;
  };

  const n = Math.max(1, statisticCount);
  const idfCache = new Map<string, number>();
  /** Rarity of a query word: how few records use a word starting with it. */
  const idf = (term: string): number => {
    const cached = idfCache.get(term);
    if (cached !== undefined) return cached;
    const docs = new Set<number>();
    let anywhere = 0;
    for (const w of term.length >= MIN_PREFIX ? withPrefix(term) : [term]) {
      for (const p of postings.get(w) ?? []) {
        anywhere++;
        if (statistic(p.doc)) docs.add(p.doc);
      }
    }
    // A word only reference entries use is rare: as rare as a word one core entry has.
    if (!docs.size && anywhere) docs.add(-1);
    // A word the corpus never uses is either a typo of one it does or noise: weigh it like a mid-frequency word.
    const value = Math.log(1 + n / (docs.size || Math.max(2, n / 8)));
    if (idfCache.size < 4096) idfCache.set(term, value);
    return value;
  };

  const knownStem = (stem: string) => postings.has(stem);
  /** Corpus stems a word may be a misspelling of (Fuse's Bitap over the stems of the same first letter). */
  const nearSpellings = (term: string, limit = MAX_TYPO_CANDIDATES): { item: string; score?: number }[] =>
    term.length < MIN_TYPO_LENGTH || term.length > MAX_TYPO_LENGTH
      ? []
      : (buckets.get(term.charAt(0))?.search(term, { limit: limit * 2 }) ?? []).filter((r) => term.length / r.item.length >= MIN_TYPO_LENGTH_RATIO).slice(0, limit);
  /**
   * The corpus words a run-together name is made of, longest first from the left
   * ("disableenterpriseauthproxy" → disable, proxy), and how many of its letters they cover.
   */
  const splitCompound = (word: string, lang: Lang): { parts: { stem: string; word: string }[]; covered: number } => {
    const analyzer = analyzerFor(lang);
    const parts: { stem: string; word: string }[] = [];
    let covered = 0;
    let i = 0;
    while (i < word.length) {
      let next = i + 1;
      // Never the whole word: a name is made of other words.
      for (let end = Math.min(word.length - (i === 0 ? 1 : 0), i + MAX_PART); end >= i + MIN_PART; end--) {
        const piece = word.slice(i, end);
        if (!(corpusWords.has(piece) || vocabulary.termOf.has(piece)) || analyzer.stopWords.has(piece)) continue;
        const stem = vocabulary.termOf.get(piece) ?? analyzer.stem(piece);
        if (knownStem(stem)) {
          parts.push({ stem, word: piece });
          covered += piece.length;
          next = end;
          break;
        }
      }
      i = next;
    }
    return { parts, covered };
  };
  /**
   * The corpus's names: stems with digits, dots or underscores ("4.18.2007.8", "mssense.exe",
   * "start_pending") and run-together words made wholly of other corpus words ("disableantivirus",
   * "senseisrunning") — not long ordinary words ("troubleshooting", "professionnel").
   */
  const names = new Set<string>();
  for (const [stem, { word, lang }] of compoundWords) {
    const { parts, covered } = splitCompound(word, lang);
    if (parts.length >= 2 && covered >= word.length * NAME_COVERAGE) names.add(stem);
  }
  const isName = (stem: string) => !NUMBER.test(stem) && stem.length >= MIN_NAME && (IDENTIFIER.test(stem) || names.has(stem));
  /**
   * A setting's name the corpus does not know ("DisableEnterpriseAuthProxy", lower-cased by then) is
   * read by the corpus words it is made of; a name the corpus knows ("ForceDefenderPassiveMode") stays
   * whole, the precise match it is, and so does a misspelling of one (a typo to correct, not a compound).
   */
  const compoundParts = (token: { stem: string; word: string }, lang: Lang, budget: { left: number }): { stem: string; word: string }[] => {
    if (!COMPOUND.test(token.word) || knownStem(token.stem) || withPrefix(token.stem).length || budget.left <= 0) return [token];
    budget.left--;
    if (nearSpellings(token.stem).length) return [token];
    const { parts } = splitCompound(token.word, lang);
    if (parts.length < 2) return [token];
    // Its words are then read as a phrase would be, so "forcepassivemode" finds the passive-mode term
    // the words "passive mode" stand for, not a lone "passive" the corpus never uses on its own.
    const reread = analyze(parts.map((p) => p.word).join(' '), lang, vocabulary, { query: true }).filter((t) => knownStem(t.stem));
    return reread.length ? reread : parts;
  };

  // The engine asks for a query's terms, then searches it: the last query's terms are kept for that.
  let lastTerms: { query: string; terms: QueryTerm[] } | undefined;
  const terms = (normalizedQuery: string): QueryTerm[] => {
    if (lastTerms?.query === normalizedQuery) return lastTerms.terms;
    const computed = computeTerms(normalizedQuery);
    lastTerms = { query: normalizedQuery, terms: computed };
    return computed;
  };

  const computeTerms = (normalizedQuery: string): QueryTerm[] => {
    const text = normalizedQuery.slice(0, MAX_FUZZY_CHARS);
    // The language the query is written in; with no evidence either way (technical words only,
    // "UTC service disabled"), the page's, and each word's stem in the other languages as well.
    const evidence = languageEvidence(text);
    const lang = evidence ?? pageLang;
    const others = evidence ? [] : LANGS.filter((l) => l !== lang).map(analyzerFor);
    const seen = new Set<string>();
    const found: QueryTerm[] = [];
    const compoundBudget = { left: MAX_COMPOUNDS };
    const tokens = analyze(text, lang, vocabulary, { query: true, max: 48 }).flatMap((token) => compoundParts(token, lang, compoundBudget));
    for (const t of tokens) {
      if (seen.has(t.stem)) continue;
      seen.add(t.stem);
      // A synonym's term is the same in every language; any other word may be stemmed otherwise elsewhere.
      const otherStems = vocabulary.terms.has(t.stem) || IDENTIFIER.test(t.word) ? [] : others.map((a) => a.stem(t.word));
      // A bare "Defender" may be the antivirus the entries call by its full name: both are searched.
      const alts = [...otherStems, ...(vocabulary.alsoMeans.get(t.word) ?? [])].filter((x) => x !== t.stem && !seen.has(x));
      found.push(alts.length ? { ...t, alts } : t);
      if (found.length >= 24) break;
    }
    if (found.length <= MAX_FUZZY_TERMS) return found;
    // Words the entries use come first, rarest first: in a long question, the asker's own words
    // ("citrix", "optimizer") are rare too, and would otherwise push out the ones that tell.
    return found
      .map((t, i) => ({ t, i, known: withPrefix(t.stem).length > 0, weight: idf(t.stem) }))
      .sort((a, b) => Number(b.known) - Number(a.known) || b.weight - a.weight || a.i - b.i)
      .slice(0, MAX_FUZZY_TERMS)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.t);
  };

  /** The corpus words a query word stands for, each with a Bitap-like score (0 = exact). */
  const matchesOf = (term: string, typoBudget: { left: number }): { word: string; score: number }[] => {
    // Both sides are stemmed, so the stem itself is the match. A longer corpus stem that starts with it
    // counts too (a word still being typed, "passi" → "passiv"), but only from MIN_PREFIX letters:
    // "new" must not find "newly", nor "av" "available".
    const found = (term.length >= MIN_PREFIX ? withPrefix(term) : postings.has(term) ? [term] : []).map((word) => ({
      word,
      score: word === term ? 0 : PREFIX_SCORE,
    }));
    if (found.length) return found;
    if (!buckets.has(term.charAt(0)) || typoBudget.left <= 0 || term.length < MIN_TYPO_LENGTH) return [];
    typoBudget.left--;
    return nearSpellings(term).map((r) => ({ word: r.item, score: Math.min(1, TYPO_PENALTY + (r.score ?? 1)) }));
  };

  return {
    terms,
    search(normalizedQuery) {
      const queryTerms = terms(normalizedQuery);
      if (!queryTerms.length) return [];
      type Acc = { score: number; terms: string[]; together: Map<number, number> };
      const totals = new Map<number, Acc>();
      const accOf = (doc: number): Acc => {
        let acc = totals.get(doc);
        if (!acc) totals.set(doc, (acc = { score: 0, terms: [], together: new Map<number, number>() }));
        return acc;
      };
      const typoBudget = { left: MAX_TYPO_TERMS };
      let weightSum = 0;
      for (const { stem: term, word, alts } of queryTerms) {
        const weight = idf(term) * (NUMBER.test(term) ? NUMBER_SHARE : 1);
        const nameTerm = isName(term);
        const found = [...matchesOf(term, typoBudget), ...(alts ?? []).flatMap((alt) => matchesOf(alt, { left: 0 }))];
        // A word the corpus has nothing like ("stuck", "bread") is usually the asker's own phrasing:
        // it lowers every score, but less than a word some entries have and others lack.
        weightSum += found.length ? weight : weight * UNMATCHED_WEIGHT;
        // Each corpus word once, at its best match score (a stem can come from the word and from an alt).
        const words = new Map<string, number>();
        for (const m of found) words.set(m.word, Math.min(words.get(m.word) ?? 1, m.score));
        // BM25F: occurrences in every field, weighted by key and length-normalised, a near spelling
        // counting for less; then saturated per record.
        const frequency = new Map<number, number>();
        const inValue = new Set<number>();
        for (const [w, matchScore] of words) {
          for (const p of postings.get(w) ?? []) {
            frequency.set(p.doc, (frequency.get(p.doc) ?? 0) + p.frequency * (1 - matchScore));
            if (p.phrase && !inValue.has(p.value)) {
              // Query words said together in one short field; counted once per value and word.
              inValue.add(p.value);
              const together = accOf(p.doc).together;
              together.set(p.value, (together.get(p.value) ?? 0) + weight);
            }
          }
        }
        for (const [doc, tf] of frequency) {
          if (tf <= 0) continue;
          const acc = accOf(doc);
          // A name (a setting, a file, a version) is there or not: one mention is the whole match.
          acc.score += (weight * tf) / ((nameTerm ? NAME_K1 : BM25_K1) + tf);
          acc.terms.push(word);
        }
      }
      const floor = Math.max(weightSum, MIN_WEIGHT);
      const ranked: { hit: FuzzyHit; raw: number }[] = [];
      for (const [doc, acc] of totals) {
        const record = records[doc];
        if (!acc.terms.length) continue;
        // Most query words in one symptom or in the title is worth more than the same words scattered.
        const together = queryTerms.length > 1 ? Math.max(0, ...acc.together.values()) / floor : 0;
        const score = ((1 - PHRASE_SHARE) * Math.min(1, acc.score / (floor * SATURATED)) + PHRASE_SHARE * together) * (priors[doc] ?? 1);
        if (record && score >= WEAK_FUZZY_SCORE) ranked.push({ hit: { id: record.id, score, terms: acc.terms }, raw: acc.score });
      }
      // Two records that both reach the cap are still told apart by the uncapped sum, not by their ids.
      ranked.sort((a, b) => b.hit.score - a.hit.score || b.raw - a.raw || a.hit.id.localeCompare(b.hit.id));
      const all = ranked.map((r) => r.hit);
      const confident = all.filter((h) => h.score >= MIN_FUZZY_SCORE);
      return confident.length ? confident : all.slice(0, WEAK_RESULTS).map((h) => ({ ...h, weak: true as const }));
    },
  };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
