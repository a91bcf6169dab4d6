/**
 * The lookup engine's input and output. Records are plain JSON (they are
 * handed to the browser as props and read by the CLI), so no Maps, no class
 * instances, no functions here.
 */
import type { Command, EntryKind, EventClass, Lang, SensorArea } from '../content/schema';

export type LookupStep = { id: string; text: string; commands: Command[] };

export type LookupRecord = {
  id: string;
  /** The language the record is shown in (title, url, steps…). */
  lang: Lang;
  kind: EntryKind;
  title: string;
  url: string;
  summary: string;
  eventId?: number;
  caseNumber?: number;
  /** Installer entries: the exit code and its name in the script (ERR_TAMPER_PROTECTED). */
  exitCode?: number;
  exitName?: string;
  /** SENSE events: what the catalogue makes of the event, and the part of the sensor it concerns. */
  eventClass?: EventClass;
  sensorArea?: SensorArea;
  /** False for an event only Windows defines: Microsoft documents no cause or action. */
  documented?: false;
  /**
   * True for an entry written from a reference (the SENSE event table, the installer script) rather than from the
   * troubleshooting articles: complete, but rarely what a problem described in words is about.
   */
  reference?: true;
  /** Event provider as Event Viewer shows it (WDATPOnboarding, SENSE, …). */
  provider?: string;
  /** Set when the event is logged in another channel than its kind's (the SENSE table's System-log event). */
  channel?: string;
  log?: string;
  severity?: string;
  codes?: { hex: string; decimal: number; syncml?: number };
  systemErrors: number[];
  omaUris: string[];
  /** Message templates exactly as each language's source gives them (placeholders kept). */
  messages: { fr: string[]; en: string[] };
  errorType?: { fr: string; en: string };
  /** The entry's prose in the other language(s): matched, never shown, so a query in either language finds it. */
  alt: LookupAltText[];
  cause?: string;
  /** How people describe the problem, and the words that point at it (matched, never shown as such). */
  symptoms: string[];
  keywords: string[];
  question?: string;
  causes: { id: string; title: string; answer: string; cause: string; keywords: string[]; firstSteps: LookupStep[] }[];
  /** The first steps of the resolution, for the card. */
  firstSteps: LookupStep[];
  /** Total number of steps (all branches), so the card can say "3 of 28". */
  stepCount: number;
  /** Plain text of the body, for fuzzy matching only. */
  bodyText: string;
};

export type LookupAltText = {
  lang: Lang;
  title: string;
  summary: string;
  cause?: string;
  causes: { title: string; answer: string }[];
  symptoms: string[];
  keywords: string[];
  bodyText: string;
};

/**
 * The field's vocabulary (content/vocabulary/vocabulary.yaml): synonym groups
 * folded into one term, and the filler phrases of a help request per language.
 */
export type Vocabulary = {
  synonyms: { term: string; variants: string[] }[];
  filler: Record<Lang, string[]>;
  /** The term a host name also counts as (see content/vocabulary/vocabulary.yaml). */
  hostNameTerm?: string;
  /** Bare words that may stand for terms as well as for themselves. */
  alsoMeans?: { word: string; terms: string[] }[];
};

export type MatchKind = 'code' | 'message' | 'text';

export type ExtractedValue = { name: string; value: string };

export type LookupResult = {
  id: string;
  kind: EntryKind;
  title: string;
  url: string;
  match: MatchKind;
  /** 0..1, higher is better; comparable within one response. */
  score: number;
  /** What in the input matched: "0x87D1FDE8", "SENSE event 15", a message. */
  matchedOn: string;
  /** Values read from the input: the URL the sensor failed to reach, a failure code… */
  values: ExtractedValue[];
  /** Set when an event ID matched without a source that tells entries apart. */
  ambiguous?: boolean;
  /** The branch (cause id) the input points at, when it tells. */
  causeId?: string;
  /** A text match too weak to trust: shown as one of a few suggestions, with the words that made it. */
  weak?: true;
};

/** `error`: the engine failed on this input (a bug, reported as one, never passed off as "no result"). */
export type LookupStatus = 'empty' | 'found' | 'ambiguous' | 'none' | 'error';

export type LookupResponse = {
  query: string;
  status: LookupStatus;
  results: LookupResult[];
  /** For an event ID without source: the question that tells the entries apart. */
  ambiguity?: { eventId: number; question: string; ids: string[] }[];
  /** A sentence for people: why nothing exact was found, or that input was truncated. */
  notice?: string;
  /** With status `error`: what failed, for a bug report. */
  error?: string;
};
