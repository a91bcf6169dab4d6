/**
 * The frontmatter contract of every content entry.
 *
 * Everything a page, the lookup engine or the CLI needs to *work with* lives
 * here as data (codes, messages, steps, branches); the MDX body only carries
 * explanatory prose. Keeping steps out of the prose is what lets a runbook tick
 * them, a resolution card show the first ones and a ticket summary list them.
 */
import { z } from 'zod';

export const ENTRY_KINDS = [
  'script-event',
  'sense-event',
  'intune-error',
  'mdm-event',
  'compliance-case',
  'guide',
  'installer-exit',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

import { LANGS as LANG_LIST, type Lang } from '../i18n/config';

export { LANG_LIST as LANGS, type Lang };

/**
 * What the content is written from: Microsoft Learn articles (their URL slugs
 * on learn.microsoft.com) and the down-level server installer script
 * (`install-ps1`, microsoft/mdefordownlevelserver, MIT).
 */
export const SOURCE_ARTICLES = ['troubleshoot-onboarding', 'switch-to-mde-troubleshooting', 'event-error-codes', 'install-ps1'] as const;
export type SourceArticle = (typeof SOURCE_ARTICLES)[number];

/** Ids are public contract (URLs, CLI, bookmarks): lower-case, digits, dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Step ids become URL fragments (`#step-8`); branch ids must start with `cause-`. */
const ANCHOR_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const commandSchema = z.strictObject({
  /** Exactly what is copied to the clipboard: no prompt, no trailing space. */
  code: z.string().min(1, 'must not be empty').refine((s) => s === s.trim() && !/^(?:[A-Z]:\\[^>]*>|PS [^>]*>|\$ )/.test(s), {
    message: 'must be the bare command: no prompt, no leading or trailing whitespace',
  }),
  /** What the string is, so the page can label it and pick a copy hint. */
  type: z.enum(['cmd', 'powershell', 'registry', 'path', 'xml', 'text']).default('cmd'),
  /** True when the command must run from an elevated prompt. */
  elevated: z.boolean().default(false),
});
export type Command = z.infer<typeof commandSchema>;

export const stepSchema = z.strictObject({
  /** Stable anchor: `step-8`, or a name that survives rewording. */
  id: z.string().regex(ANCHOR_PATTERN, 'must be a lower-case anchor such as step-3 or check-start-type'),
  /** The action, as inline Markdown (bold, `code`, [links](/fr/...)). */
  text: nonEmpty,
  commands: z.array(commandSchema).default([]),
  /** What the admin should see when the step worked. */
  expected: nonEmpty.optional(),
  note: nonEmpty.optional(),
  /**
   * Set when the source gives this step's detail only in a screenshot we do
   * not have: the page then links to that section of the original article.
   */
  screenshotOnly: z.boolean().default(false),
});
export type Step = z.infer<typeof stepSchema>;

export const causeSchema = z.strictObject({
  id: z.string().regex(/^cause-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must start with cause- (it is a URL fragment)'),
  title: nonEmpty,
  /** The answer to the entry's branch question that leads to this branch. */
  answer: nonEmpty,
  cause: nonEmpty,
  steps: z.array(stepSchema).min(1, 'a branch needs at least one step'),
  /** Extra words that point at this branch (OMA-URI names, error numbers). */
  keywords: z.array(nonEmpty).default([]),
});
export type Cause = z.infer<typeof causeSchema>;

/**
 * What the SENSE catalogue's Action column makes of an event: a normal
 * operating notification, a warning to watch, or an error to act on.
 */
export const EVENT_CLASSES = ['notification', 'warning', 'error'] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

/** The part of the sensor a SENSE event concerns; the dictionaries name them. */
export const SENSOR_AREAS = [
  'service-lifecycle',
  'onboarding',
  'cloud-connection',
  'cloud-configuration',
  'telemetry',
  'tracing-drivers',
  'quotas-network-battery',
  'response-collection',
  'classification-ndr-dlp',
  'authentication-registration',
  'csp',
] as const;
export type SensorArea = (typeof SENSOR_AREAS)[number];

/** Event levels, language-neutral: the dictionaries name them. */
export const SEVERITIES = ['error', 'warning', 'information', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const frontmatterSchema = z
  .strictObject({
    id: z.string().regex(ID_PATTERN, 'must be lower-case words joined by dashes'),
    kind: z.enum(ENTRY_KINDS),
    title: nonEmpty,
    /** One or two sentences: the page description and the card's lead. */
    summary: nonEmpty,
    /** Event ID for events, case number for compliance cases. */
    eventId: z.number().int().nonnegative().optional(),
    caseNumber: z.number().int().positive().optional(),
    /** Where the event is logged, as Event Viewer's tree shows it. */
    log: nonEmpty.optional(),
    /** The event provider name as Event Viewer prints it. */
    provider: nonEmpty.optional(),
    /**
     * The channel, as Windows names it, when it is not the one of the entry's kind: the SENSE table's System-log
     * event is logged in `System`, so "SENSE event 1" and a SENSE log's event 1 are not it.
     */
    channel: nonEmpty.optional(),
    severity: z.enum(SEVERITIES).optional(),
    /** The short error label of the source table (script events, Intune codes), in the file's language. */
    errorType: nonEmpty.optional(),
    /** Event messages exactly as this language's source prints them (people paste these), placeholders kept. */
    messages: z.array(nonEmpty).min(1).optional(),
    /**
     * The message as Windows itself writes it (the SENSE provider's template,
     * %1… kept, old product names included): what Event Viewer shows. English
     * in every edition, since it is a literal.
     */
    providerMessages: z.array(nonEmpty).min(1).optional(),
    /** False for an ID that only the provider defines: Microsoft documents no cause or action for it. */
    documented: z.boolean().default(true),
    eventClass: z.enum(EVENT_CLASSES).optional(),
    sensorArea: z.enum(SENSOR_AREAS).optional(),
    /** Installer exit codes: the number the script exits with, and its name in the script. */
    exitCode: z.number().int().nonnegative().optional(),
    exitName: z.string().regex(/^ERR_[A-Z0-9_]+$/, 'must be the script\'s ERR_ name').optional(),
    codes: z
      .strictObject({
        hex: z.string().regex(/^0x[0-9A-F]{8}$/, 'must be 0x followed by 8 upper-case hex digits'),
        decimal: z.number().int(),
        syncml: z.number().int().optional(),
      })
      .optional(),
    /** Win32 system error numbers this entry explains (577, 1058). */
    systemErrors: z.array(z.number().int().positive()).default([]),
    omaUris: z.array(nonEmpty).default([]),
    /** The cause in one or two sentences (inline Markdown). */
    cause: nonEmpty.optional(),
    /** How people describe the problem, in the file's language. */
    symptoms: z.array(nonEmpty).default([]),
    keywords: z.array(nonEmpty).default([]),
    /** The question that tells the branches apart (required with causes). */
    question: nonEmpty.optional(),
    causes: z.array(causeSchema).default([]),
    steps: z.array(stepSchema).default([]),
    related: z.array(z.string().regex(ID_PATTERN)).default([]),
    source: z.strictObject({
      article: z.enum(SOURCE_ARTICLES),
      /** The anchor of the section in the Microsoft Learn article. */
      section: z.string().regex(ANCHOR_PATTERN, 'must be the anchor of the source section'),
    }),
  })
  .superRefine((fm, ctx) => {
    const isEvent = fm.kind === 'script-event' || fm.kind === 'sense-event' || fm.kind === 'mdm-event';
    if (isEvent && fm.eventId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['eventId'], message: `is required for kind ${fm.kind}` });
    }
    if (isEvent && !fm.log) {
      ctx.addIssue({ code: 'custom', path: ['log'], message: `is required for kind ${fm.kind}` });
    }
    if ((fm.kind === 'sense-event' || fm.kind === 'mdm-event') && !fm.messages && !fm.providerMessages) {
      ctx.addIssue({ code: 'custom', path: ['messages'], message: `is required for kind ${fm.kind}` });
    }
    if (fm.kind === 'sense-event' && !fm.sensorArea) {
      ctx.addIssue({ code: 'custom', path: ['sensorArea'], message: 'is required for kind sense-event' });
    }
    if (fm.kind === 'sense-event' && fm.documented && !fm.eventClass) {
      ctx.addIssue({ code: 'custom', path: ['eventClass'], message: 'is required for a documented sense-event' });
    }
    if (!fm.documented && (fm.eventClass || fm.cause || fm.steps.length > 0 || fm.causes.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['documented'], message: 'an undocumented event has no class, cause or steps: Microsoft gives none' });
    }
    if (fm.kind === 'installer-exit' && (fm.exitCode === undefined || !fm.exitName)) {
      ctx.addIssue({ code: 'custom', path: ['exitCode'], message: 'exitCode and exitName are required for kind installer-exit' });
    }
    if (fm.kind !== 'installer-exit' && (fm.exitCode !== undefined || fm.exitName)) {
      ctx.addIssue({ code: 'custom', path: ['exitCode'], message: 'only installer-exit entries have an exit code' });
    }
    if (fm.kind === 'intune-error' && !fm.codes) {
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'is required for kind intune-error' });
    }
    if (fm.kind === 'compliance-case' && fm.caseNumber === undefined) {
      ctx.addIssue({ code: 'custom', path: ['caseNumber'], message: 'is required for kind compliance-case' });
    }
    if (fm.codes && (fm.codes.decimal | 0) !== (Number.parseInt(fm.codes.hex, 16) | 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['codes', 'decimal'],
        message: `${fm.codes.decimal} is not the signed value of ${fm.codes.hex}`,
      });
    }
    if (fm.causes.length === 1) {
      ctx.addIssue({ code: 'custom', path: ['causes'], message: 'a single cause is not a branch: use steps' });
    }
    if (fm.causes.length > 1 && !fm.question) {
      ctx.addIssue({ code: 'custom', path: ['question'], message: 'is required when an entry has causes' });
    }
    // A notification needs no action and an undocumented event has none to give.
    if (fm.causes.length === 0 && fm.steps.length === 0 && fm.documented && fm.eventClass !== 'notification') {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'an entry needs steps or causes' });
    }
    const seen = new Set<string>();
    const anchors = [
      ...fm.steps.map((s, i) => ({ id: s.id, path: ['steps', i, 'id'] })),
      ...fm.causes.flatMap((c, i) => [
        { id: c.id, path: ['causes', i, 'id'] },
        ...c.steps.map((s, j) => ({ id: s.id, path: ['causes', i, 'steps', j, 'id'] })),
      ]),
    ];
    for (const a of anchors) {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: a.path, message: `duplicate anchor "${a.id}"` });
      seen.add(a.id);
    }
    if (fm.related.includes(fm.id)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'an entry cannot be related to itself' });
    }
  });

export type Frontmatter = z.output<typeof frontmatterSchema>;

/** content/vocabulary/vocabulary.yaml: the field's names for one thing, and the filler of help requests. */
export const vocabularySchema = z.strictObject({
  synonyms: z
    .array(
      z.strictObject({
        /** One word of our own, never shown: what every variant becomes. */
        term: z.string().regex(/^[a-z][a-z0-9]*$/, 'must be one lower-case word (letters and digits)'),
        variants: z.array(nonEmpty).min(1),
      }),
    )
    .min(1),
  filler: z.strictObject(Object.fromEntries(LANG_LIST.map((l) => [l, z.array(nonEmpty)])) as Record<Lang, z.ZodArray<typeof nonEmpty>>),
  /** The synonym term a host name in a text also counts as ("settings-win.data.microsoft.com" is an address to reach). */
  hostNameTerm: z.string().optional(),
  /** Bare words that may stand for a term as well as for themselves ("Defender" for the antivirus). */
  alsoMeans: z.array(z.strictObject({ word: nonEmpty, terms: z.array(nonEmpty).min(1) })).optional(),
});
export type VocabularyFile = z.output<typeof vocabularySchema>;
