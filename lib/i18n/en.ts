/** Every English string of the interface, the CLI and the engine; same shape as the French dictionary. */
import type { Dictionary } from './index';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const count = (n: number) => n.toLocaleString('en-US');

export const en: Dictionary = {
  site: {
    name: 'MDE onboarding troubleshooter',
    title: 'Defender for Endpoint onboarding — troubleshooting',
    titleTemplate: '%s · MDE troubleshooting',
    description:
      'Error codes, events and procedures to fix device onboarding problems with Microsoft Defender for Endpoint.',
    skipToContent: 'Skip to content',
    categoriesNav: 'Categories',
    searchNav: 'Search',
    home: 'Home',
    breadcrumb: 'Breadcrumb',
    footer: {
      before:
        'Written from the Microsoft Learn articles “Troubleshoot Microsoft Defender for Endpoint onboarding issues” and “Troubleshooting issues when switching to Microsoft Defender for Endpoint”, © Microsoft, published under the',
      license: 'Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
      after:
        '. Explanations are rewritten; messages, codes, commands and paths are kept exactly. This site is not published or endorsed by Microsoft.',
    },
  },
  language: {
    label: 'Language',
    switchTo: 'Lire cette page en français',
  },
  theme: {
    label: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
  kinds: {
    'script-event': {
      singular: 'Onboarding script event',
      plural: 'Onboarding script events',
      description: 'Source WDATPOnboarding, in Windows Logs > Application: what the onboarding script reported.',
    },
    'sense-event': {
      singular: 'SENSE event',
      plural: 'SENSE events',
      description: 'Microsoft > Windows > SENSE > Operational log: sensor errors on the device.',
    },
    'intune-error': {
      singular: 'Intune error code',
      plural: 'Intune error codes',
      description: 'Codes shown by Microsoft Intune, by failed OMA-URI.',
    },
    'mdm-event': {
      singular: 'MDM event',
      plural: 'MDM events',
      description: 'DeviceManagement-Enterprise-Diagnostics-Provider log (Admin).',
    },
    'compliance-case': {
      singular: 'Intune non-compliance case',
      plural: 'Intune non-compliance cases',
      description: 'Devices Intune reports as non-compliant although onboarding looks done.',
    },
    guide: {
      singular: 'Guide',
      plural: 'Guides and procedures',
      description: 'Step-by-step checks and fixes.',
    },
  },
  codes: {
    script: 'Script',
    sense: 'SENSE',
    mdm: 'MDM',
    case: 'Case',
    id: 'ID',
  },
  severity: {
    error: 'Error',
    warning: 'Warning',
    information: 'Information',
    critical: 'Critical',
  },
  home: {
    heading: 'Troubleshoot Microsoft Defender for Endpoint onboarding',
    lead: 'Paste what you see — an Intune code, an event ID, a full message, a block from Event Viewer — or describe the symptom: the resolution card shows up at once.',
    entryCount: (n: number) => `${count(n)} ${plural(n, 'entry', 'entries')}`,
  },
  lookupPage: {
    title: 'Search',
    description: 'Find the resolution card for an error code, an event or a message.',
  },
  search: {
    region: 'Search',
    label: 'Error code, event ID, message or symptom',
    placeholder: '0x87D1FDE8, SENSE event 15, “failed to connect to the server at”…',
    hintText: 'Paste a code (hex or decimal), an event message, a block from Event Viewer, or describe the symptom.',
    hintKeys: { focus: 'or', focusEnd: 'to come back here,', enter: 'Enter', enterText: 'opens the first card,', escape: 'Esc', escapeText: 'clears.' },
    results: 'Results',
    statusNone: 'No known entry matches.',
    statusSuggestions: (n: number) => `No known entry matches exactly; ${count(n)} close ${plural(n, 'suggestion', 'suggestions')}.`,
    statusFound: (n: number, ambiguous: boolean) =>
      `${count(n)} ${plural(n, 'result', 'results')}${ambiguous ? ': say which log' : ''}.`,
    failed: 'The lookup failed on this text. Try a shorter excerpt.',
  },
  card: {
    match: { code: 'Code recognised', message: 'Message recognised', text: 'Close match' },
    ambiguous: 'Which log?',
    codes: 'Codes',
    log: 'Log',
    source: 'source',
    cause: 'Cause',
    firstSteps: 'First steps',
    open: 'Open the full entry',
    openSteps: (n: number) => ` (${count(n)} ${plural(n, 'step', 'steps')})`,
  },
  entry: {
    log: 'Log',
    provider: 'Event source',
    severity: 'Level',
    errorDescription: 'Error description',
    errorType: 'Error type',
    omaUri: 'OMA-URI',
    message: 'Event message',
    copyMessage: 'Copy the message',
    cause: 'Cause',
    branches: 'Possible causes',
    defaultQuestion: 'Which situation matches yours?',
    branchIf: 'If:',
    procedure: 'Procedure',
    resolution: 'Resolution',
    details: 'Explanation',
    related: 'See also',
    source: 'Source',
    sourceBefore: 'Written from the Microsoft Learn article',
    sourceSection: 'section',
    sourceAfter: ', licensed under CC BY 4.0.',
    articles: {
      'troubleshoot-onboarding': 'Troubleshoot Microsoft Defender for Endpoint onboarding issues',
      'switch-to-mde-troubleshooting': 'Troubleshooting issues when switching to Microsoft Defender for Endpoint',
    },
    carriedLabel: 'Values read from your search',
    carriedHeading: 'Values read from what you pasted:',
  },
  category: {
    entries: (n: number) => `${count(n)} ${plural(n, 'entry', 'entries')}`,
    code: 'Code',
    title: 'Title',
    guide: 'Guide',
    message: 'Message',
    summary: 'In short',
  },
  steps: {
    step: (n: number) => `Step ${n}`,
    done: 'Step done:',
    expected: 'Expected result:',
    note: 'Note:',
    screenshotOnly: 'The source article gives the detail of this step only as a screenshot:',
    screenshotLink: 'see the section on Microsoft Learn',
  },
  code: {
    types: {
      cmd: 'Command',
      powershell: 'PowerShell',
      registry: 'Registry key',
      path: 'Path',
      xml: 'Policy entry',
      text: 'Text',
    },
    elevated: 'Elevated prompt required',
    elevatedTitle: 'Run from a prompt opened with “Run as administrator”',
    copyLabel: (what: string) => `Copy: ${what}`,
  },
  copy: {
    idle: 'Copy',
    copied: 'Copied ✓',
    failed: 'Failed',
    copiedStatus: 'Copied to the clipboard',
    failedStatus: 'Copy failed',
    linkLabel: (label: string) => `Copy the link to “${label}”`,
    linkCopied: 'Link copied',
  },
  runbook: {
    progressLabel: 'Procedure progress',
    progress: (done: number, total: number) => `${count(done)} of ${count(total)} ${plural(total, 'step', 'steps')} done`,
    reset: 'Reset',
    copyTicket: 'Copy for a ticket',
    copied: 'Copied',
    copyFailed: 'Copy failed',
    showAll: 'Show every cause',
    ticketValues: 'Values read:',
    ticketCommonSteps: 'Common steps:',
    ticketSteps: 'Steps:',
    ticketCause: 'Cause',
    ticketChosenCause: 'Chosen cause',
    colon: ': ',
  },
  notFound: {
    title: 'Page not found',
    lead: 'This address matches no entry. Look up the code, event or message below, or go back to',
    home: 'the home page',
    submit: 'Search',
  },
  cli: {
    usage: `Usage:
  mde-lookup "<text>"                  entries matching a code, an event ID, a message or a symptom
  mde-lookup -                         reads the text from standard input (an Event Viewer block, a log…)
  mde-lookup --json "<text>"           the answer as JSON: {"query","status","results",…}
  mde-lookup --list [--json]           every entry (a table, or {"entries":[…]})
  mde-lookup --batch FILE --json       a JSON array of queries → a JSON array of answers, in the same order

Options:
  --json          JSON output
  --limit N       at most N results per query
  --lang fr|en    language of the entries and URLs (default: the terminal's, LANG/LC_ALL, else English)
  -h, --help      this help
  --              what follows is text, even if it starts with "-"

Environment: SITE_URL (for example https://mde.example.com) makes URLs absolute, so they can be clicked.

Exit status: 0 when a code or message is recognised (for --batch: in at least one query),
1 otherwise, 2 on bad usage (unknown option, missing file, invalid JSON…).`,
    prefix: 'mde-lookup: ',
    seeHelp: ' (see --help)',
    stdinTwice: '"-" (standard input) is given twice',
    batchNeedsFile: '--batch needs a file: --batch FILE --json',
    limitNeedsInteger: (raw: string | undefined) => `--limit needs a positive integer (got: ${raw ?? 'nothing'})`,
    langNeedsValue: (raw: string | undefined, langs: string) => `--lang needs ${langs} (got: ${raw ?? 'nothing'})`,
    unknownOption: (arg: string) => `unknown option: ${arg}`,
    oneAction: 'choose one action: a text (or "-"), --list or --batch',
    stdinAndText: '"-" reads the text from standard input: give no other text',
    limitNotForList: '--limit does not apply to --list',
    batchNeedsJson: '--batch writes JSON: add --json',
    nothingToLookUp: 'nothing to look up: give a text, "-", --list or --batch (see --help)',
    invalidJson: (reason: string) => `invalid JSON (${reason})`,
    notAnArray: 'the file must hold a JSON array of strings',
    notAString: (i: number) => `item ${i} is not a string`,
    cannotRead: (file: string, code: string | undefined) => `cannot read ${file}${code ? ` (${code})` : ''}`,
    invalidContent: (n: number, first: string) => `invalid content (${n} problem(s)): ${first}`,
    unexpected: (message: string) => `unexpected error: ${message}`,
    match: { code: 'code recognised', message: 'message recognised', text: 'close match' },
    ambiguous: ' — which log?',
    elevated: '  (elevated command prompt)',
    moreSteps: (n: number) => `… ${count(n)} more ${plural(n, 'step', 'steps')} in the entry`,
    fields: { type: 'Type', recognised: 'Recognised', entry: 'Entry', log: 'Log', cause: 'Cause', branch: 'Case', question: 'Question' },
    sourceOf: (provider: string) => `source ${provider}`,
    firstSteps: 'First steps',
    whichCase: 'Which case?',
    status: {
      empty: 'Nothing to look up.',
      found: 'Exact match.',
      ambiguous: 'Event ID without a source: several entries are possible.',
      none: 'No exact match.',
      failed: 'The lookup failed.',
    },
    resultCount: (n: number) => `${count(n)} ${plural(n, 'result', 'results')}.`,
    listHeader: { id: 'ID', code: 'Code', title: 'Title' },
    listFooter: (n: number) => `${count(n)} entries. Details: mde-lookup "<id or code>"; JSON: --list --json.`,
  },
  engine: {
    systemError: 'System error',
    eventLabel: (id: number, source?: string) => `${source ? `${source} ` : ''}event ${id}`,
    sources: { script: 'from WDATPOnboarding', sense: 'from SENSE', mdm: 'from MDM' },
    ambiguity: (eventId: number, where: string) => `Event ${eventId} exists in several logs: which one do you see it in? ${where}.`,
    ambiguityOption: (log: string, title: string, provider?: string) => `“${log}”${provider ? ` (source ${provider})` : ''} for “${title}”`,
    or: ', or ',
    noEntryForEvent: (id: number, source: string) => `No entry for event ${id} ${source}.`,
    noEntryForEventElsewhere: (id: number, source: string, elsewhere: string) =>
      `No entry for event ${id} ${source}: this ID is documented only for ${elsewhere}. Check the log.`,
    unknownCode: (codes: string) => `The code ${codes} is not documented in any entry.`,
    onlyApproximate: 'No known entry matches your input exactly: the results below are only close text matches.',
    nothing: 'No known entry matches your input.',
    truncated: (read: number, total: number) => `Text cut: only the first ${count(read)} of ${count(total)} characters were read.`,
    failed: 'The lookup failed on this text.',
  },
};
