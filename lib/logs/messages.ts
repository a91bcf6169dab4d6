/** The report's words in the reader's language: problems, formats, levels, times. */
import type { Lang } from '../content/schema';
import { dictionary } from '../i18n';
import type { LogFormat, LogProblem } from './types';
import { logsDictionary } from '../i18n/logs';

export function formatName(format: LogFormat, lang: Lang): string {
  return logsDictionary(lang).formats[format];
}

/** One problem as a sentence (without the parser's technical detail). */
export function problemText(p: LogProblem, lang: Lang): string {
  const t = logsDictionary(lang);
  const m = t.problems;
  const n = p.count ?? 0;
  const name = p.name ?? '';
  const limit = p.limit ?? 0;
  switch (p.code) {
    case 'unreadable':
      return m.unreadable;
    case 'empty':
      return m.empty;
    case 'unknown-format':
      return m.unknownFormat;
    case 'not-evtx':
      return m.notEvtx;
    case 'renamed':
      return m.renamed(name, formatName(p.format ?? 'unknown', lang));
    case 'aborted':
      return m.aborted;
    case 'evtx-header-truncated':
      return m.evtxHeaderTruncated;
    case 'evtx-truncated':
      return m.evtxTruncated;
    case 'evtx-missing-chunks':
      return m.evtxMissingChunks(n);
    case 'evtx-checksum':
      return m.evtxChecksum(n);
    case 'evtx-header-odd':
      return m.evtxHeaderOdd;
    case 'evtx-chunk-failed':
      return m.evtxChunkFailed(n);
    case 'evtx-record-failed':
      return m.evtxRecordFailed(n);
    case 'evtx-other':
      return m.evtxOther;
    case 'xml-malformed':
      return m.xmlMalformed(n);
    case 'xml-truncated':
      return m.xmlTruncated;
    case 'csv-bad-rows':
      return m.csvBadRows(n);
    case 'text-bad-blocks':
      return m.textBadBlocks(n);
    case 'record-too-large':
      return m.recordTooLarge(n, t.size(limit));
    case 'zip-damaged':
      return m.zipDamaged;
    case 'zip-member-damaged':
      return m.zipMemberDamaged(name);
    case 'zip-total-cap':
      return m.zipTotalCap(name, t.size(limit));
    case 'zip-ratio-cap':
      return m.zipRatioCap(name, limit);
    case 'zip-entry-cap':
      return m.zipEntryCap(limit);
    case 'zip-too-deep':
      return m.zipTooDeep(name);
    case 'zip-encrypted':
      return m.zipEncrypted(name);
    case 'zip-method':
      return m.zipMethod(name);
    case 'zip-no-logs':
      return m.zipNoLogs;
    case 'others-capped':
      return m.othersCapped(n, limit);
    case 'values-capped':
      return m.valuesCapped(name, limit);
  }
}

/** The sentence and, in parentheses, the parser's own words when it gave any. */
export function problemLine(p: LogProblem, lang: Lang): string {
  const text = problemText(p, lang);
  return p.detail ? `${text} (${logsDictionary(lang).problems.detail}${dictionary(lang).runbook.colon}${p.detail})` : text;
}

/** A time for people: `2024-05-06 07:08:09 UTC`, or `… (local time)` for the local times of CSV and text exports. */
export function timeText(time: string | undefined, lang: Lang): string {
  if (!time) return '—';
  const t = logsDictionary(lang);
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d{1,3})\d*)?(Z)?$/.exec(time);
  if (!m) return time;
  const ms = m[3] ? `.${m[3]}` : '';
  return `${m[1]} ${m[2]}${ms}${m[4] ? t.utc : t.localTime}`;
}
