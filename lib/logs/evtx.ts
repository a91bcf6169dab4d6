/**
 * A binary .evtx through lib/evtx, streamed chunk by chunk with no record
 * kept: each record becomes a LogEvent for the report and is dropped. The
 * parser's own findings (English technical text) become problem codes, with
 * its first message of each kind kept as the detail.
 */
import { parseEvtx, type EvtxRecord } from '../evtx/index';
import type { Pieces } from './stream';
import type { LogEvent, LogProblem } from './types';

export type EvtxOutcome = { records: number; failures: number; problems: LogProblem[]; error: boolean };

export function eventFromRecord(r: EvtxRecord): LogEvent {
  return {
    provider: r.providerName,
    channel: r.channel,
    eventId: r.eventId,
    qualifiers: r.qualifiers,
    level: r.level,
    time: r.timeCreated ?? r.timestamp,
    computer: r.computer,
    recordId: r.eventRecordId ?? r.recordId,
    data: r.data,
    message: undefined,
  };
}

/** Parser problem texts → our codes (lib/evtx/header.ts, chunk.ts and index.ts word them). */
const PROBLEM_PATTERNS: [RegExp, LogProblem['code'], LogProblem['severity']][] = [
  [/CRC32 mismatch/, 'evtx-checksum', 'damage'],
  [/^file ends inside chunk/, 'evtx-truncated', 'damage'],
  [/^chunk \d+ is truncated/, 'evtx-truncated', 'damage'],
  [/^the file header lists \d+ chunks/, 'evtx-missing-chunks', 'damage'],
  [/unknown flags|unexpected format version|block size/, 'evtx-header-odd', 'info'],
  [/^aborted/, 'aborted', 'info'],
];

export async function readEvtx(pieces: Pieces, onEvent: (e: LogEvent) => void, signal: AbortSignal | undefined): Promise<EvtxOutcome> {
  const result = await parseEvtx(pieces, { keepRecords: false, onRecord: (r) => onEvent(eventFromRecord(r)), signal });
  const problems: LogProblem[] = [];
  const add = (code: LogProblem['code'], severity: LogProblem['severity'], detail: string, count?: number) => {
    const known = problems.find((p) => p.code === code);
    if (known) {
      if (known.count !== undefined) known.count += count ?? 1;
      return;
    }
    problems.push({ code, severity, ...(count !== undefined ? { count } : {}), detail });
  };
  let error = false;
  if (result.error !== undefined && result.error !== 'aborted') {
    if (/^empty file/.test(result.error)) add('empty', 'error', result.error);
    else if (/^not an EVTX file/.test(result.error)) add('not-evtx', 'error', result.error);
    else if (/^truncated EVTX file/.test(result.error)) add('evtx-header-truncated', 'damage', result.error);
    else add('evtx-other', 'damage', result.error);
    error = result.stats.records === 0;
  }
  for (const p of result.problems) {
    const hit = PROBLEM_PATTERNS.find(([re]) => re.test(p));
    if (!hit) {
      add('evtx-other', 'info', p);
      continue;
    }
    const [, code, severity] = hit;
    if (code === 'evtx-missing-chunks') {
      const m = /lists (\d+) chunks, the file holds (\d+)/.exec(p);
      add(code, severity, p, m ? Number(m[1]) - Number(m[2]) : undefined);
    } else if (code === 'evtx-checksum') add(code, severity, p, 1);
    else add(code, severity, p);
  }
  const chunkFailures = result.failures.filter((f) => f.kind === 'chunk');
  const recordFailures = result.failures.filter((f) => f.kind === 'record');
  if (chunkFailures[0]) add('evtx-chunk-failed', 'damage', chunkFailures[0].message, chunkFailures.length);
  if (recordFailures[0]) add('evtx-record-failed', 'damage', recordFailures[0].message, recordFailures.length);
  return { records: result.stats.records, failures: result.stats.failures, problems, error };
}
