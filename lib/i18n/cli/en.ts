/** English strings of the command-line tool; same shape as the French ones. */
import type { CliDictionary } from './index';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const count = (n: number) => n.toLocaleString('en-US');

export const cliEn: CliDictionary = {
  usage: `Usage:
mde-lookup "<text>"                  entries matching a code, an event ID, a message or a symptom
mde-lookup -                         reads the text from standard input (an Event Viewer block, a log…)
mde-lookup --json "<text>"           the answer as JSON: {"query","status","results",…}
mde-lookup --list [--json]           every entry (a table, or {"entries":[…]})
mde-lookup --batch FILE --json       a JSON array of queries → a JSON array of answers, in the same order
mde-lookup --file FILE [--file …]    reads event logs (.evtx, XML, CSV or text exports, Client Analyzer zip)
mde-lookup --file FILE --json        the report as JSON: {"files":[…],"entries":[…],"totals":{…}}

Options:
--json          JSON output
--limit N       at most N results per query
--lang fr|en    language of the entries and URLs (default: the terminal's, LANG/LC_ALL, else English)
-h, --help      this help
--              what follows is text, even if it starts with "-"

Environment: SITE_URL (for example https://mde.example.com) makes URLs absolute, so they can be clicked.

Exit status: 0 when a code or message is recognised (for --batch: in at least one query),
1 otherwise, 2 on bad usage (unknown option, missing file, invalid JSON…).
With --file: 1 also when a file is damaged (partial results), 2 when a file is unreadable.`,
  prefix: 'mde-lookup: ',
  seeHelp: ' (see --help)',
  fileNeedsPath: '--file needs a path: --file FILE',
  fileAndOther: '--file does not combine with a text, "-", --list or --batch',
  limitNotForFile: '--limit does not apply to --file',
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
    error: 'The lookup failed on this text (internal error).',
  },
  resultCount: (n: number) => `${count(n)} ${plural(n, 'result', 'results')}.`,
  listHeader: { id: 'ID', code: 'Code', title: 'Title' },
  listFooter: (n: number) => `${count(n)} entries. Details: mde-lookup "<id or code>"; JSON: --list --json.`,
};
