/**
 * `mde-lookup`: the I/O around lib/cli (arguments, formatting) and the lookup
 * engine the portal uses. Started by bin/mde-lookup.js, which sets
 * MDE_CONTENT_ROOT so content/ is found from any working directory.
 */
import { openAsBlob, readFileSync, statSync } from 'node:fs';
import { parseArgs, parseBatch, usage } from '../lib/cli/args';
import { filesExitCode, filesJson, formatLogReport, unopenedFile, unreadableLines, withUnopened } from '../lib/cli/files';
import { exitCode, formatList, formatResponse, listJson, OWN_SEQUENCES, responseJson, withBaseUrl } from '../lib/cli/format';
import { terminalSafe } from '../lib/text/terminal';
import { ContentError } from '../lib/content/parse';
import { dictionary, langFromLocale, type Lang } from '../lib/i18n';
import { readLogFiles } from '../lib/logs/index';
import type { FileReport, LogInput } from '../lib/logs/types';
import { getLookupRecords, getLookupVocabulary } from '../lib/lookup/corpus';
import { createLookupEngine } from '../lib/lookup/engine';
import type { LookupRecord } from '../lib/lookup/types';
import { siteUrl } from '../lib/routes';
import { cliDictionary } from '../lib/i18n/cli';

let lang: Lang = langFromLocale(process.env);

/**
 * Every text line the CLI prints goes through here: what a log or a paste holds (ESC, BEL, CR…) is shown as
 * visible stand-ins, never acted on by the terminal. JSON escapes them already.
 */
function writeText(stream: NodeJS.WriteStream, text: string): void {
  stream.write(terminalSafe(text, OWN_SEQUENCES));
}

function fail(message: string): never {
  writeText(process.stderr, `${cliDictionary(lang).prefix}${message}\n`);
  process.exit(2);
}

function loadRecords(): LookupRecord[] {
  try {
    return withBaseUrl(getLookupRecords(lang), siteUrl());
  } catch (error) {
    if (error instanceof ContentError) fail(cliDictionary(lang).invalidContent(error.problems.length, error.problems[0] ?? ''));
    throw error;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function writeJson(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2), lang);
  lang = parsed.lang;
  const t = cliDictionary(lang);
  if (!parsed.ok) fail(`${parsed.error}${t.seeHelp}`);
  const cmd = parsed.value;
  if (cmd.command === 'help') {
    writeText(process.stdout, `${usage(lang)}\n`);
    return 0;
  }
  const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  const options = { color, width: Math.max(60, Math.min(120, process.stdout.columns ?? 100)), lang };

  if (cmd.command === 'batch') {
    let content: string;
    try {
      content = readFileSync(cmd.file, 'utf8');
    } catch (error) {
      fail(t.cannotRead(cmd.file, (error as NodeJS.ErrnoException).code));
    }
    const batch = parseBatch(content, lang);
    if (!batch.ok) fail(`${cmd.file}${dictionary(lang).runbook.colon}${batch.error}`);
    const engine = createLookupEngine(loadRecords(), { lang, vocabulary: getLookupVocabulary() });
    const responses = batch.queries.map((q) => engine.lookup(q, cmd.limit !== undefined ? { limit: cmd.limit } : undefined));
    writeJson(responses.map(responseJson));
    return exitCode(responses);
  }

  const records = loadRecords();
  if (cmd.command === 'list') {
    if (cmd.json) writeJson(listJson(records, lang));
    else writeText(process.stdout, formatList(records, options));
    return 0;
  }

  if (cmd.command === 'files') {
    // Each path opened as a Blob and read in pieces by the same code the browser runs (lib/logs).
    const inputs: LogInput[] = [];
    const unopened: { index: number; report: FileReport }[] = [];
    for (const [index, file] of cmd.files.entries()) {
      try {
        if (statSync(file).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
        inputs.push({ name: file, blob: await openAsBlob(file) });
      } catch (error) {
        unopened.push({ index, report: unopenedFile(file, (error as NodeJS.ErrnoException).code ?? String(error)) });
      }
    }
    const report = withUnopened(await readLogFiles(inputs, records, lang), unopened);
    for (const line of unreadableLines(report, lang)) writeText(process.stderr, `${t.prefix}${line}\n`);
    if (cmd.json) writeJson(filesJson(report, records, lang));
    else writeText(process.stdout, formatLogReport(report, records, options));
    return filesExitCode(report);
  }

  const text = cmd.input.from === 'stdin' ? await readStdin() : cmd.input.text;
  const response = createLookupEngine(records, { lang, vocabulary: getLookupVocabulary() }).lookup(text, cmd.limit !== undefined ? { limit: cmd.limit } : undefined);
  if (cmd.json) writeJson(responseJson(response));
  else writeText(process.stdout, formatResponse(response, new Map(records.map((r) => [r.id, r])), options));
  return exitCode([response]);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    writeText(process.stderr, `${cliDictionary(lang).prefix}${cliDictionary(lang).unexpected(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
