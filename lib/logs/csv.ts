/**
 * Event Viewer's "Save All Events As… CSV" (and Get-WinEvent | Export-Csv):
 * RFC 4180 rows read from text pushed in pieces. The first row that names an
 * event ID column and a source (or log) column is the header (fields.ts has
 * the names, English and French); Event Viewer writes five names and a sixth,
 * unnamed field with the description, which is read as the message.
 */
import { eventIdOf, headerRoles, levelOf, parseLocalDate, type FieldRole } from './fields';
import type { LogEvent } from './types';

/** Splits one line into CSV cells (for detection on the head). Quotes may not span lines here. */
export function splitCsvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line.charAt(i) === '"') {
      let j = i + 1;
      let cell = '';
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          cell += line.slice(j);
          j = line.length;
          break;
        }
        cell += line.slice(j, q);
        if (line.charAt(q + 1) === '"') {
          cell += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      cells.push(cell);
      const next = line.indexOf(sep, j);
      if (next < 0) break;
      i = next + 1;
    } else {
      const next = line.indexOf(sep, i);
      cells.push(line.slice(i, next < 0 ? line.length : next));
      if (next < 0) break;
      i = next + 1;
    }
  }
  return cells;
}

/** The separator and roles of a CSV export from its first lines, or undefined. */
export function detectCsv(head: string): { sep: string } | undefined {
  const lines = head.split(/\r?\n/, 4).filter((l) => l.trim() && !l.startsWith('#TYPE'));
  const first = lines[0];
  if (!first) return undefined;
  for (const sep of [',', ';']) {
    if (headerRoles(splitCsvLine(first, sep))) return { sep };
  }
  return undefined;
}

export type CsvStats = { rows: number; badRows: number; tooLarge: number };

export class CsvEventReader {
  readonly stats: CsvStats = { rows: 0, badRows: 0, tooLarge: 0 };
  private buf = '';
  private roles: (FieldRole | undefined)[] | undefined;
  private skipping = false;

  constructor(
    private readonly sep: string,
    private readonly onEvent: (e: LogEvent) => void,
    private readonly maxChars: number,
  ) {}

  push(text: string): void {
    this.buf += text;
    this.drain(false);
  }

  end(): void {
    this.drain(true);
    this.buf = '';
  }

  private drain(final: boolean): void {
    let p = 0;
    const buf = this.buf;
    while (p < buf.length) {
      if (this.skipping) {
        const nl = buf.indexOf('\n', p);
        if (nl < 0) {
          p = buf.length;
          break;
        }
        p = nl + 1;
        this.skipping = false;
        continue;
      }
      const row = this.readRow(buf, p, final);
      if (!row) {
        if (buf.length - p > this.maxChars) {
          this.stats.tooLarge++;
          this.skipping = true;
          continue;
        }
        break;
      }
      p = row.next;
      this.row(row.cells);
    }
    this.buf = buf.slice(p);
  }

  /** One row starting at `p`, or undefined when it does not end in the buffer (and more text may come). */
  private readRow(buf: string, p: number, final: boolean): { cells: string[]; next: number } | undefined {
    const cells: string[] = [];
    const sep = this.sep;
    let i = p;
    for (;;) {
      let cell: string;
      if (buf.charAt(i) === '"') {
        let j = i + 1;
        cell = '';
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q < 0) {
            if (!final) return undefined;
            cell += buf.slice(j);
            j = buf.length;
            break;
          }
          cell += buf.slice(j, q);
          if (q + 1 >= buf.length && !final) return undefined;
          if (buf.charAt(q + 1) === '"') {
            cell += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        i = j;
      } else {
        let j = i;
        while (j < buf.length) {
          const c = buf.charAt(j);
          if (c === sep || c === '\n' || c === '\r') break;
          j++;
        }
        if (j >= buf.length && !final) return undefined;
        cell = buf.slice(i, j);
        i = j;
      }
      cells.push(cell);
      const c = buf.charAt(i);
      if (c === sep) {
        i++;
        continue;
      }
      // Anything after a closing quote up to the separator or line end is dropped.
      while (i < buf.length && buf.charAt(i) !== sep && buf.charAt(i) !== '\n') i++;
      if (i < buf.length && buf.charAt(i) === sep) {
        i++;
        continue;
      }
      if (i >= buf.length && !final) return undefined;
      return { cells, next: i + 1 };
    }
  }

  private row(cells: string[]): void {
    if (cells.length === 1 && !cells[0]?.trim()) return;
    if (!this.roles) {
      if (cells[0]?.startsWith('#TYPE')) return;
      this.roles = headerRoles(cells);
      if (!this.roles) this.stats.badRows++;
      return;
    }
    const roles = this.roles;
    const get = (role: FieldRole): string | undefined => {
      const i = roles.indexOf(role);
      return i >= 0 ? cells[i] : undefined;
    };
    const eventId = eventIdOf(get('eventId'));
    if (eventId === undefined) {
      this.stats.badRows++;
      return;
    }
    this.stats.rows++;
    // Event Viewer's description is the field after the named ones.
    const message = get('message') ?? (cells.length > roles.length ? cells.slice(roles.length).join(this.sep) : undefined);
    const time = get('time');
    const recordId = get('recordId');
    const qualifiers = get('qualifiers');
    this.onEvent({
      provider: get('provider')?.trim() || undefined,
      channel: get('channel')?.trim() || undefined,
      eventId,
      qualifiers: qualifiers && /^[0-9]+$/.test(qualifiers.trim()) ? Number(qualifiers) : undefined,
      level: levelOf(get('level')),
      time: time ? parseLocalDate(time) : undefined,
      computer: get('computer')?.trim() || undefined,
      recordId: recordId && /^[0-9]+$/.test(recordId.trim()) ? Number(recordId) : undefined,
      data: [],
      message: message?.trim() || undefined,
    });
  }
}
