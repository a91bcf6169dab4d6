/**
 * From events to the report: each event is matched to an entry by its
 * source and ID (registry.ts, and the entries that exist in the lookup
 * records), its values read (values.ts); entries are counted with their
 * first and last time and distinct values, other events by provider and ID,
 * known events put on a timeline. Everything kept is capped (limits), so a
 * 2 GB log makes a report of the same size as a small one.
 */
import type { EntryKind, Lang } from '../content/schema';
import type { LookupRecord } from '../lookup/types';
import { kindOfSource } from './registry';
import type { FileReport, LogEvent, LogFormat, LogLimits, LogProblem, LogReport, ReportEntry, ReportOther, TimelineItem } from './types';
import { createValueReader, type ValueReader } from './values';

/** A time as a key that sorts: the zone letter dropped, the fraction padded (local and UTC times compare as written). */
export function timeKey(t: string | undefined): string {
  if (!t) return '';
  // Every time the readers make is `YYYY-MM-DDTHH:MM:SS[.f…][Z]` (normalized at the source): slices, no regex.
  if (t.length >= 19 && t.charCodeAt(10) === 84) {
    const z = t.charCodeAt(t.length - 1) === 90 ? t.length - 1 : t.length;
    const frac = t.length > 20 && t.charCodeAt(19) === 46 ? t.slice(20, z) : '';
    return `${t.slice(0, 19)}.${frac.length === 7 ? frac : frac.padEnd(7, '0').slice(0, 7)}`;
  }
  return t;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return timeKey(b) < timeKey(a) ? b : a;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return timeKey(b) > timeKey(a) ? b : a;
}

type EntryAcc = {
  record: LookupRecord;
  count: number;
  first: string | undefined;
  last: string | undefined;
  values: Map<string, { name: string; value: string; count: number; order: number }>;
  valuesDropped: boolean;
};

/** Collects one file's events. */
export class FileCollector {
  records = 0;
  failures = 0;
  bytes = 0;
  readonly problems: LogProblem[] = [];
  members: string[] | undefined;
  findings: FileReport['findings'];
  private readonly entries = new Map<string, EntryAcc>();
  /** provider → event ID → summary (with the sort keys of its first and last time). */
  private readonly others = new Map<string, Map<number | undefined, ReportOther & { fk: string; lk: string }>>();
  private othersCount = 0;
  private othersDropped = 0;

  constructor(
    private readonly builder: ReportBuilder,
    readonly file: string,
    public format: LogFormat,
    readonly container: string | undefined,
  ) {}

  /** One event: matched and counted. Cheap for the events that match nothing (most of a large log). */
  add(event: LogEvent): void {
    this.builder.events++;
    const record = this.builder.match(event);
    if (!record) {
      this.other(event);
      return;
    }
    this.builder.matched++;
    let acc = this.entries.get(record.id);
    if (!acc) {
      acc = { record, count: 0, first: undefined, last: undefined, values: new Map(), valuesDropped: false };
      this.entries.set(record.id, acc);
    }
    acc.count++;
    acc.first = earlier(acc.first, event.time);
    acc.last = later(acc.last, event.time);
    const values = this.builder.values.read(event, record);
    for (const v of values) {
      const key = `${v.name}\u0000${v.value}`;
      const known = acc.values.get(key);
      if (known) known.count++;
      else if (acc.values.size < this.builder.limits.values) acc.values.set(key, { ...v, count: 1, order: acc.values.size });
      else if (!acc.valuesDropped) {
        acc.valuesDropped = true;
        this.problems.push({ code: 'values-capped', severity: 'info', name: record.id, limit: this.builder.limits.values });
      }
    }
    this.builder.timelineAdd({
      time: event.time,
      id: record.id,
      eventId: event.eventId ?? 0,
      level: event.level,
      file: this.file,
      values: values.slice(0, 3).map((v) => ({ name: v.name, value: v.value })),
    });
  }

  private other(event: LogEvent): void {
    const provider = event.provider ?? '';
    let byId = this.others.get(provider);
    const known = byId?.get(event.eventId);
    if (known) {
      known.count++;
      if (event.level !== undefined && event.level > 0 && (known.level === undefined || known.level === 0 || event.level < known.level)) known.level = event.level;
      if (event.time) {
        const k = timeKey(event.time);
        if (!known.first || k < known.fk) {
          known.first = event.time;
          known.fk = k;
        }
        if (!known.last || k > known.lk) {
          known.last = event.time;
          known.lk = k;
        }
      }
      return;
    }
    if (this.othersCount >= this.builder.limits.others) {
      if (this.othersDropped++ === 0) this.problems.push({ code: 'others-capped', severity: 'info', limit: this.builder.limits.others });
      return;
    }
    if (!byId) this.others.set(provider, (byId = new Map()));
    this.othersCount++;
    byId.set(event.eventId, {
      provider,
      channel: event.channel,
      eventId: event.eventId,
      level: event.level,
      count: 1,
      first: event.time,
      last: event.time,
      fk: timeKey(event.time),
      lk: timeKey(event.time),
    });
  }

  problem(p: LogProblem): void {
    this.problems.push(p);
  }

  finish(): FileReport {
    const entries: ReportEntry[] = [...this.entries.values()]
      .map((a) => ({
        id: a.record.id,
        kind: a.record.kind,
        eventId: a.record.eventId ?? 0,
        count: a.count,
        first: a.first,
        last: a.last,
        values: [...a.values.values()].sort((x, y) => y.count - x.count || x.order - y.order).map(({ name, value, count }) => ({ name, value, count })),
      }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    const others: ReportOther[] = [...this.others.values()].flatMap((m) => [...m.values()].map(({ fk: _fk, lk: _lk, ...o }) => o)).sort((a, b) => b.count - a.count || a.provider.localeCompare(b.provider) || (a.eventId ?? 0) - (b.eventId ?? 0));
    if (this.othersDropped) {
      const p = this.problems.find((x) => x.code === 'others-capped');
      if (p) p.count = this.othersDropped;
    }
    return {
      file: this.file,
      ...(this.container ? { container: this.container } : {}),
      format: this.format,
      bytes: this.bytes,
      records: this.records,
      failures: this.failures,
      problems: this.problems,
      entries,
      others,
      ...(this.members ? { members: this.members } : {}),
      ...(this.findings ? { findings: this.findings } : {}),
    };
  }
}

/** Collects every file of one reading and builds the report. */
export class ReportBuilder {
  events = 0;
  matched = 0;
  readonly values: ValueReader;
  private readonly byKind = new Map<EntryKind, Map<number, LookupRecord>>();
  private readonly files: FileCollector[] = [];
  private timeline: TimelineItem[] = [];
  private timelineTotal = 0;

  constructor(
    records: readonly LookupRecord[],
    lang: Lang,
    readonly limits: LogLimits,
  ) {
    for (const r of records) {
      // An entry of another channel than its kind's (the System-log event of the SENSE table, whose provider no
      // source names) is not matched by its ID: another provider's event 1 in System is something else.
      if (r.eventId === undefined || r.channel) continue;
      let m = this.byKind.get(r.kind);
      if (!m) this.byKind.set(r.kind, (m = new Map()));
      m.set(r.eventId, r);
    }
    this.values = createValueReader(records, lang);
  }

  /** The entry an event is, if any: its source names a kind, and an entry of that kind has its ID. */
  match(event: LogEvent): LookupRecord | undefined {
    if (event.eventId === undefined) return undefined;
    const kind = kindOfSource(event.provider, event.channel);
    return kind ? this.byKind.get(kind)?.get(event.eventId) : undefined;
  }

  file(name: string, format: LogFormat, container?: string): FileCollector {
    const c = new FileCollector(this, name, format, container);
    this.files.push(c);
    return c;
  }

  timelineAdd(item: TimelineItem): void {
    this.timelineTotal++;
    this.timeline.push(item);
    if (this.timeline.length >= 2 * this.limits.timeline) this.trimTimeline();
  }

  private trimTimeline(): void {
    this.timeline.sort((a, b) => (timeKey(a.time) < timeKey(b.time) ? -1 : timeKey(a.time) > timeKey(b.time) ? 1 : 0));
    if (this.timeline.length > this.limits.timeline) this.timeline = this.timeline.slice(-this.limits.timeline);
  }

  build(): LogReport {
    const files = this.files.map((f) => f.finish());
    this.trimTimeline();
    const merged = new Map<string, ReportEntry & { files: string[] }>();
    for (const f of files) {
      for (const e of f.entries) {
        const m = merged.get(e.id);
        if (!m) {
          merged.set(e.id, { ...e, values: e.values.map((v) => ({ ...v })), files: [f.file] });
          continue;
        }
        m.count += e.count;
        m.first = earlier(m.first, e.first);
        m.last = later(m.last, e.last);
        if (!m.files.includes(f.file)) m.files.push(f.file);
        for (const v of e.values) {
          const same = m.values.find((x) => x.name === v.name && x.value === v.value);
          if (same) same.count += v.count;
          else if (m.values.length < this.limits.values) m.values.push({ ...v });
        }
      }
    }
    const entries = [...merged.values()].map((e) => ({ ...e, values: e.values.sort((a, b) => b.count - a.count) })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    const real = files.filter((f) => f.format !== 'zip');
    return {
      files,
      entries,
      timeline: this.timeline,
      timelineTotal: this.timelineTotal,
      totals: {
        files: real.length,
        records: real.reduce((a, f) => a + f.records, 0),
        failures: real.reduce((a, f) => a + f.failures, 0),
        matched: this.matched,
        entries: entries.length,
        others: this.events - this.matched,
      },
      unreadable: files.some((f) => f.records === 0 && f.problems.some((p) => p.severity === 'error')),
      damaged: files.some((f) => f.failures > 0 || f.problems.some((p) => p.severity === 'damage')),
    };
  }
}
