/**
 * Command line of `mde-lookup`, parsed without touching the process: the
 * binary passes argv in and decides what to do with the result, the tests
 * feed it arrays.
 */

import { LANGS, isLang, type Lang } from '../i18n';
import { cliDictionary } from '../i18n/cli';

export type LookupInput = { from: 'args'; text: string } | { from: 'stdin' };

export type CliCommand =
  | { command: 'help' }
  | { command: 'list'; json: boolean }
  | { command: 'lookup'; input: LookupInput; json: boolean; limit?: number }
  | { command: 'batch'; file: string; limit?: number }
  | { command: 'files'; files: string[]; json: boolean };

/** Every command carries the language it prints in (`--lang`, else the terminal's locale). */
export type ParsedArgs = { ok: true; value: CliCommand; lang: Lang } | { ok: false; error: string; lang: Lang };

/** The usage text in one language (`--help`). */
export function usage(lang: Lang): string {
  return cliDictionary(lang).usage;
}

/** "-2016281112" is a signed error code, not an option. */
const NEGATIVE_NUMBER = /^-\d/;

/** The `--lang` the command line asks for, if it names a known language (so even errors print in it). */
function requestedLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang' && isLang(argv[i + 1])) return argv[i + 1] as Lang;
    if (arg?.startsWith('--lang=') && isLang(arg.slice(7))) return arg.slice(7) as Lang;
  }
  return undefined;
}

export function parseArgs(argv: readonly string[], defaultLang: Lang = 'en'): ParsedArgs {
  const lang = requestedLang(argv) ?? defaultLang;
  const t = cliDictionary(lang);
  const fail = (error: string): ParsedArgs => ({ ok: false, error, lang });
  const ok = (value: CliCommand): ParsedArgs => ({ ok: true, value, lang });
  let json = false;
  let list = false;
  let help = false;
  let stdin = false;
  let batch: string | undefined;
  let limit: number | undefined;
  const files: string[] = [];
  const words: string[] = [];

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-') {
      if (stdin) return fail(t.stdinTwice);
      stdin = true;
      continue;
    }
    if (!arg.startsWith('-') || NEGATIVE_NUMBER.test(arg)) {
      words.push(arg);
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--list':
        list = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '--batch': {
        const file = value();
        if (!file) return fail(t.batchNeedsFile);
        batch = file;
        break;
      }
      case '--file': {
        const file = value();
        if (!file) return fail(t.fileNeedsPath);
        files.push(file);
        break;
      }
      case '--limit': {
        const raw = value();
        const n = raw === undefined ? Number.NaN : Number(raw);
        if (!Number.isInteger(n) || n < 1) return fail(t.limitNeedsInteger(raw));
        limit = n;
        break;
      }
      case '--lang': {
        const raw = value();
        if (!isLang(raw)) return fail(t.langNeedsValue(raw, LANGS.join('|')));
        break;
      }
      default:
        return fail(t.unknownOption(arg));
    }
  }

  if (help) return ok({ command: 'help' });
  if (files.length) {
    if (list || batch !== undefined || stdin || words.length) return fail(t.fileAndOther);
    if (limit !== undefined) return fail(t.limitNotForFile);
    return ok({ command: 'files', files, json });
  }
  const text = words.join(' ');
  const modes = [list, batch !== undefined, stdin || words.length > 0].filter(Boolean).length;
  if (modes > 1) return fail(t.oneAction);
  if (stdin && words.length) return fail(t.stdinAndText);
  if (list) {
    if (limit !== undefined) return fail(t.limitNotForList);
    return ok({ command: 'list', json });
  }
  if (batch !== undefined) {
    if (!json) return fail(t.batchNeedsJson);
    return ok({ command: 'batch', file: batch, ...(limit !== undefined ? { limit } : {}) });
  }
  if (stdin) return ok({ command: 'lookup', input: { from: 'stdin' }, json, ...(limit !== undefined ? { limit } : {}) });
  if (!text.trim()) return fail(t.nothingToLookUp);
  return ok({ command: 'lookup', input: { from: 'args', text }, json, ...(limit !== undefined ? { limit } : {}) });
}

/** The queries of a --batch file: a JSON array of strings. */
export function parseBatch(content: string, lang: Lang = 'en'): { ok: true; queries: string[] } | { ok: false; error: string } {
  const t = cliDictionary(lang);
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: t.invalidJson(reason) };
  }
  if (!Array.isArray(data)) return { ok: false, error: t.notAnArray };
  const bad = data.findIndex((q) => typeof q !== 'string');
  if (bad >= 0) return { ok: false, error: t.notAString(bad) };
  return { ok: true, queries: data as string[] };
}
