/** Shared by the log reader's tests: fixtures as inputs, the real records, one call to read. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../lib/content/schema';
import { readLogFiles } from '../../../lib/logs/index';
import type { LogInput, LogReport, ReadLogsOptions } from '../../../lib/logs/types';
import { getLookupRecords } from '../../../lib/lookup/corpus';
import { FIXTURES_DIR } from './make-fixtures';

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
}

export function input(name: string, bytes: Uint8Array = fixture(name)): LogInput {
  return { name, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) };
}

export function read(inputs: LogInput | LogInput[], lang: Lang = 'en', options: ReadLogsOptions = {}): Promise<LogReport> {
  return readLogFiles(Array.isArray(inputs) ? inputs : [inputs], getLookupRecords(lang), lang, options);
}

export const records = (lang: Lang = 'en') => getLookupRecords(lang);

/** A file's entries as `id×count`, for short assertions. */
export function entryCounts(report: LogReport, file?: string): string[] {
  const f = file === undefined ? report.files.find((x) => x.format !== 'zip') : report.files.find((x) => x.file === file);
  return (f?.entries ?? []).map((e) => `${e.id}×${e.count}`);
}

export function codes(report: LogReport, file?: string): string[] {
  const fs = file === undefined ? report.files : report.files.filter((x) => x.file === file);
  return fs.flatMap((f) => f.problems.map((p) => p.code));
}
