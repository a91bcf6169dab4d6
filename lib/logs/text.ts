/**
 * Event Viewer's text exports:
 * - "Save All Events As… Text (Tab delimited)": a header line of column
 *   names (as in the CSV export, fields.ts) then one line per event, tab
 *   separated, the description last; a description's own line breaks
 *   continue it on the following lines (a line is a new event when its event
 *   ID column holds a number and its date column a date);
 * - "Copy details as text" blocks, one after the other: `Log Name:`,
 *   `Source:`, `Date:`, `Event ID:`, `Level:`, `Computer:`, `Description:`
 *   (then the message on its lines) and `Event Xml:` (then the event's XML,
 *   which gives the insertion strings), in English or French; and
 *   Get-WinEvent | Format-List blocks (`TimeCreated :`, `ProviderName :`,
 *   `Id :`, `Message :`).
 */
import { eventIdOf, headerRoles, levelOf, parseLocalDate, roleOf, type FieldRole } from './fields';
import type { LogEvent } from './types';
import { eventFromXml, parseXml } from './xml';

export type TextKind = 'tab' | 'details';

const LABEL_LINE = /^\s*([^:\t]{1,40}?)\s*:[ \t]*(.*)$/;

/** Which text export the head is, if any. */
export function detectText(head: string): TextKind | undefined {
  const lines = head.split(/\r?\n/, 200);
  const first = lines.find((l) => l.trim());
  if (first && first.includes('\t') && headerRoles(first.split('\t'))) return 'tab';
  if (first && first.includes('\t') && looksLikeTabRow(first.split('\t'))) return 'tab';
  let labels = 0;
  let anchor = false;
  for (const line of lines) {
    const m = LABEL_LINE.exec(line);
    if (!m) continue;
    const role = roleOf(m[1] ?? '');
    if (!role) continue;
    labels++;
    if (role === 'eventId' || role === 'provider' || role === 'channel') anchor = true;
  }
  return anchor && labels >= 3 ? 'details' : undefined;
}

/** Event Viewer's default column order, for a tab export saved without its header. */
const DEFAULT_TAB_ROLES: FieldRole[] = ['level', 'time', 'provider', 'eventId', 'task'];

function looksLikeTabRow(cells: string[]): boolean {
  return cells.length >= 5 && eventIdOf(cells[3]) !== undefined && parseLocalDate(cells[1] ?? '') !== undefined;
}

export type TextStats = { events: number; badBlocks: number; tooLarge: number };

type Pending = { cells: string[]; extra: string[]; chars: number };

/** Reads either text export from text pushed in pieces, line by line. */
export class TextEventReader {
  readonly stats: TextStats = { events: 0, badBlocks: 0, tooLarge: 0 };
  private buf = '';
  private roles: (FieldRole | undefined)[] | undefined;
  private pending: Pending | undefined;
  private block: Block | undefined;

  constructor(
    private readonly kind: TextKind,
    private readonly onEvent: (e: LogEvent) => void,
    private readonly maxChars: number,
  ) {}

  push(text: string): void {
    this.buf += text;
    let p = 0;
    for (;;) {
      const nl = this.buf.indexOf('\n', p);
      if (nl < 0) break;
      this.line(this.buf.slice(p, nl).replace(/\r$/, ''));
      p = nl + 1;
    }
    this.buf = this.buf.slice(p);
    if (this.buf.length > this.maxChars) {
      // One line longer than any event: cut it (the rest of it is read as the next line).
      this.line(this.buf.slice(0, this.maxChars));
      this.buf = this.buf.slice(this.maxChars);
    }
  }

  end(): void {
    if (this.buf) this.line(this.buf.replace(/\r$/, ''));
    this.buf = '';
    if (this.kind === 'tab') this.flushRow();
    else this.flushBlock();
  }

  private line(line: string): void {
    if (this.kind === 'tab') this.tabLine(line);
    else this.detailsLine(line);
  }

  /* ------------------------------------------------------------ tab export */

  private tabLine(line: string): void {
    const cells = line.split('\t');
    if (!this.roles) {
      if (!line.trim()) return;
      const roles = headerRoles(cells);
      if (roles) {
        this.roles = roles;
        return;
      }
      this.roles = DEFAULT_TAB_ROLES;
    }
    const roles = this.roles;
    const idAt = roles.indexOf('eventId');
    const timeAt = roles.indexOf('time');
    const isRow = cells.length >= Math.min(roles.length, 4) && eventIdOf(cells[idAt]) !== undefined && (timeAt < 0 || parseLocalDate(cells[timeAt] ?? '') !== undefined);
    if (isRow) {
      this.flushRow();
      this.pending = { cells, extra: [], chars: line.length };
    } else if (this.pending) {
      this.pending.chars += line.length;
      if (this.pending.chars > this.maxChars) {
        this.stats.tooLarge++;
        this.pending = undefined;
      } else this.pending.extra.push(line);
    } else if (line.trim()) this.stats.badBlocks++;
  }

  private flushRow(): void {
    const row = this.pending;
    this.pending = undefined;
    if (!row || !this.roles) return;
    const roles = this.roles;
    const get = (role: FieldRole): string | undefined => {
      const i = roles.indexOf(role);
      return i >= 0 ? row.cells[i] : undefined;
    };
    const named = get('message');
    const tail = row.cells.length > roles.length ? row.cells.slice(roles.length).join('\t') : undefined;
    const message = [named ?? tail ?? '', ...row.extra].join('\n').replace(/^"|"$/g, '').trim();
    const time = get('time');
    this.stats.events++;
    this.onEvent({
      provider: get('provider')?.trim() || undefined,
      channel: get('channel')?.trim() || undefined,
      eventId: eventIdOf(get('eventId')),
      qualifiers: undefined,
      level: levelOf(get('level')),
      time: time ? parseLocalDate(time) : undefined,
      computer: get('computer')?.trim() || undefined,
      recordId: undefined,
      data: [],
      message: message || undefined,
    });
  }

  /* ------------------------------------------------------ details blocks */

  private detailsLine(line: string): void {
    const b = this.block;
    if (b?.in === 'xml') {
      b.xml.push(line);
      b.chars += line.length;
      if (/<\/(?:\w+:)?Event\s*>/.test(line)) b.in = undefined;
      else if (b.chars > this.maxChars) {
        this.stats.tooLarge++;
        b.xml = [];
        b.in = undefined;
      }
      return;
    }
    const m = LABEL_LINE.exec(line);
    const role = m ? roleOf(m[1] ?? '') : undefined;
    if (m && role) {
      const value = (m[2] ?? '').trim();
      if ((role === 'channel' || (role === 'provider' && this.block?.fields.provider !== undefined)) && this.block?.started) this.flushBlock();
      const block = (this.block ??= newBlock());
      block.started = true;
      block.in = undefined;
      if (role === 'message') {
        block.in = 'message';
        if (value) block.message.push(value);
      } else if (role === 'xml') {
        block.in = 'xml';
        if (value) block.xml.push(value);
      } else if (role !== 'ignored' && role !== 'task') {
        // "Date:" and "Level:" also appear inside a Format-List message; the first one wins.
        if (block.fields[role] === undefined) block.fields[role] = value;
      }
      return;
    }
    if (b?.in === 'message') {
      b.chars += line.length;
      if (b.chars <= this.maxChars) b.message.push(line);
      return;
    }
    if (b && line.trim().startsWith('<') && /<(?:\w+:)?Event[\s>]/.test(line)) {
      b.in = 'xml';
      b.xml.push(line);
    }
  }

  private flushBlock(): void {
    const b = this.block;
    this.block = undefined;
    if (!b?.started) return;
    let event: LogEvent = {
      provider: b.fields.provider || undefined,
      channel: b.fields.channel || undefined,
      eventId: eventIdOf(b.fields.eventId),
      qualifiers: undefined,
      level: levelOf(b.fields.level),
      time: b.fields.time ? parseLocalDate(b.fields.time) : undefined,
      computer: b.fields.computer || undefined,
      recordId: b.fields.recordId && /^[0-9]+$/.test(b.fields.recordId) ? Number(b.fields.recordId) : undefined,
      data: [],
      message: b.message.join('\n').trim() || undefined,
    };
    if (b.xml.length) {
      try {
        const [node] = parseXml(b.xml.join('\n'));
        if (node?.name === 'Event') {
          const x = eventFromXml(node);
          // The XML is exact (provider name, UTC time, insertion strings); the labels fill what it lacks.
          event = {
            ...x,
            provider: x.provider ?? event.provider,
            channel: x.channel ?? event.channel,
            eventId: x.eventId ?? event.eventId,
            level: x.level ?? event.level,
            time: x.time ?? event.time,
            computer: x.computer ?? event.computer,
            message: event.message ?? x.message,
          };
        }
      } catch {
        // The labels above still say which event it is.
      }
    }
    if (event.eventId === undefined) {
      this.stats.badBlocks++;
      return;
    }
    this.stats.events++;
    this.onEvent(event);
  }
}

type Block = {
  started: boolean;
  fields: Partial<Record<FieldRole, string>>;
  message: string[];
  xml: string[];
  in: 'message' | 'xml' | undefined;
  chars: number;
};

function newBlock(): Block {
  return { started: false, fields: {}, message: [], xml: [], in: undefined, chars: 0 };
}
