/**
 * A small XML reader for what Event Viewer writes: "Save All Events As" XML
 * (`<Events><Event xmlns=…><System>…</System><EventData><Data Name=…>`),
 * the event XML of a "Copy details as text" block, and the Client
 * Analyzer's MDEClientAnalyzer.xml. Elements, attributes, text, CDATA and
 * the predefined and numeric entities; no DTD, no external entity, nothing
 * fetched (a document type is skipped, never expanded). Names are compared
 * without their namespace prefix.
 *
 * `XmlEventReader` takes the export's text in pieces and hands back one
 * event at a time, so a file of any size is read with one event in memory.
 */
import type { LogEvent } from './types';

export type XNode = { name: string; attrs: Record<string, string>; children: XNode[]; text: string };

export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeChar(Number.parseInt(body.slice(2), 16)) ?? whole;
    if (body.startsWith('#')) return safeChar(Number.parseInt(body.slice(1), 10)) ?? whole;
    return ENTITIES[body] ?? whole;
  });
}

function safeChar(code: number): string | undefined {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a fragment holding one or more elements; returns the top-level elements. Throws XmlSyntaxError. */
export function parseXml(text: string, maxDepth = 64): XNode[] {
  const top: XNode[] = [];
  const stack: XNode[] = [];
  let i = 0;
  const n = text.length;
  const addText = (s: string) => {
    const cur = stack[stack.length - 1];
    if (cur) cur.text += s;
  };
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      addText(decodeEntities(text.slice(i)));
      break;
    }
    if (lt > i) addText(decodeEntities(text.slice(i, lt)));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlSyntaxError('unterminated comment');
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlSyntaxError('unterminated CDATA section');
      addText(text.slice(lt + 9, end));
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlSyntaxError('unterminated processing instruction');
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      // <!DOCTYPE …>, possibly with an internal subset: skipped, never expanded.
      const bracket = text.indexOf('[', lt);
      const close = text.indexOf('>', lt);
      if (close < 0) throw new XmlSyntaxError('unterminated declaration');
      if (bracket >= 0 && bracket < close) {
        const end = text.indexOf(']>', bracket);
        if (end < 0) throw new XmlSyntaxError('unterminated document type');
        i = end + 2;
      } else i = close + 1;
    } else if (text.charAt(lt + 1) === '/') {
      const end = text.indexOf('>', lt);
      if (end < 0) throw new XmlSyntaxError('unterminated end tag');
      const name = localName(text.slice(lt + 2, end).trim());
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlSyntaxError(`unexpected </${name}>`);
      i = end + 1;
    } else {
      const end = tagEnd(text, lt + 1);
      if (end < 0) throw new XmlSyntaxError('unterminated start tag');
      const selfClosing = text.charAt(end - 1) === '/';
      const body = text.slice(lt + 1, selfClosing ? end - 1 : end);
      const m = /^[^\s/>]+/.exec(body);
      if (!m) throw new XmlSyntaxError('element without a name');
      const node: XNode = { name: localName(m[0]), attrs: {}, children: [], text: '' };
      for (const a of body.slice(m[0].length).matchAll(ATTR)) {
        node.attrs[localName(a[1] ?? '')] = decodeEntities(a[2] ?? a[3] ?? '');
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else top.push(node);
      if (!selfClosing) {
        if (stack.length >= maxDepth) throw new XmlSyntaxError('elements nested too deep');
        stack.push(node);
      }
      i = end + 1;
    }
  }
  if (stack.length) throw new XmlSyntaxError(`<${stack[stack.length - 1]?.name ?? ''}> is not closed`);
  return top;
}

/** The `>` that ends a start tag opened before `from`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let j = from; j < text.length; j++) {
    const c = text.charAt(j);
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  return -1;
}

export function child(node: XNode | undefined, name: string): XNode | undefined {
  return node?.children.find((c) => c.name === name);
}

function toInt(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (!/^-?[0-9]+$/.test(t)) return undefined;
  return Number(t);
}

/** Deepest text of an element, concatenated (mixed content is rare in events). */
function textOf(node: XNode): string {
  if (!node.children.length) return node.text;
  return node.text + node.children.map(textOf).join('');
}

/** The LogEvent of an `<Event>` element (Event Viewer's XML, or a "Copy details" block's event XML). */
export function eventFromXml(event: XNode): LogEvent {
  const system = child(event, 'System');
  const provider = child(system, 'Provider');
  const id = child(system, 'EventID');
  const rendering = child(event, 'RenderingInfo');
  const data: LogEvent['data'] = [];
  const eventData = child(event, 'EventData');
  const userData = child(event, 'UserData');
  if (eventData) {
    for (const c of eventData.children) {
      if (c.name === 'Data') data.push({ name: c.attrs.Name, value: textOf(c) });
      else data.push({ name: c.name, value: textOf(c) });
    }
  } else if (userData) {
    // <UserData><SomeEvent xmlns=…><Param1>…</Param1>…</SomeEvent></UserData>: its leaves, in order.
    const collect = (n: XNode) => {
      if (!n.children.length) data.push({ name: n.name, value: n.text });
      else n.children.forEach(collect);
    };
    for (const c of userData.children) c.children.forEach(collect);
  }
  const message = child(rendering, 'Message');
  const time = child(system, 'TimeCreated')?.attrs.SystemTime;
  return {
    provider: provider?.attrs.Name ?? provider?.attrs.EventSourceName,
    channel: child(system, 'Channel')?.text.trim() || undefined,
    eventId: toInt(id?.text),
    qualifiers: toInt(id?.attrs.Qualifiers),
    level: toInt(child(system, 'Level')?.text),
    time: time ? normalizeIsoTime(time) : undefined,
    computer: child(system, 'Computer')?.text.trim() || undefined,
    recordId: toInt(child(system, 'EventRecordID')?.text),
    data,
    message: message ? textOf(message).trim() || undefined : undefined,
  };
}

/** `2024-05-06T07:08:09.1234567Z` and friends, as one shape (seven fraction digits at most, `Z` kept). */
export function normalizeIsoTime(s: string): string | undefined {
  const m = /^\s*(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d+))?\s*(Z|[+-]\d\d:?\d\d)?\s*$/.exec(s);
  if (!m) return undefined;
  const frac = m[3] ? `.${m[3].slice(0, 7)}` : '';
  const zone = m[4];
  if (zone && zone !== 'Z') {
    // An offset: converted to UTC so times from several files compare.
    const date = new Date(`${m[1]}T${m[2]}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
    if (Number.isNaN(date.getTime())) return undefined;
    return `${date.toISOString().slice(0, 19)}${frac}Z`;
  }
  return `${m[1]}T${m[2]}${frac}${zone ?? ''}`;
}

const EVENT_OPEN = /<(?:[A-Za-z_][\w.-]*:)?Event(?=[\s>/])/g;
const EVENT_CLOSE = /<\/(?:[A-Za-z_][\w.-]*:)?Event\s*>/g;

export type XmlReaderStats = { events: number; malformed: number; tooLarge: number; firstError: string | undefined };

/**
 * Reads `<Event>…</Event>` elements from text pushed in pieces; whatever
 * surrounds them (`<Events>`, the XML declaration) is ignored. An event
 * longer than `maxChars` is skipped (counted in `tooLarge`).
 */
export class XmlEventReader {
  readonly stats: XmlReaderStats = { events: 0, malformed: 0, tooLarge: 0, firstError: undefined };
  private buf = '';
  private skipping = false;

  constructor(
    private readonly onEvent: (e: LogEvent) => void,
    private readonly maxChars: number,
  ) {}

  push(text: string): void {
    this.buf += text;
    for (;;) {
      if (this.skipping) {
        EVENT_CLOSE.lastIndex = 0;
        const close = EVENT_CLOSE.exec(this.buf);
        if (!close) {
          // Keep a tail long enough to hold a split end tag.
          this.buf = this.buf.slice(-64);
          return;
        }
        this.buf = this.buf.slice(close.index + close[0].length);
        this.skipping = false;
        continue;
      }
      EVENT_OPEN.lastIndex = 0;
      const open = EVENT_OPEN.exec(this.buf);
      if (!open) {
        this.buf = this.buf.slice(-64);
        return;
      }
      if (open.index > 0) this.buf = this.buf.slice(open.index);
      EVENT_CLOSE.lastIndex = 0;
      const close = EVENT_CLOSE.exec(this.buf);
      if (!close) {
        if (this.buf.length > this.maxChars) {
          this.stats.tooLarge++;
          this.skipping = true;
          this.buf = this.buf.slice(1);
          continue;
        }
        return;
      }
      const end = close.index + close[0].length;
      if (end > this.maxChars) this.stats.tooLarge++;
      else this.parse(this.buf.slice(0, end));
      this.buf = this.buf.slice(end);
    }
  }

  /** True when the text ended inside an event (a truncated file). */
  end(): boolean {
    EVENT_OPEN.lastIndex = 0;
    const truncated = this.skipping || EVENT_OPEN.test(this.buf);
    EVENT_OPEN.lastIndex = 0;
    this.buf = '';
    return truncated;
  }

  private parse(text: string): void {
    try {
      const [node] = parseXml(text);
      if (!node || node.name !== 'Event') throw new XmlSyntaxError('no <Event> element');
      this.stats.events++;
      this.onEvent(eventFromXml(node));
    } catch (e) {
      this.stats.malformed++;
      this.stats.firstError ??= e instanceof Error ? e.message : String(e);
    }
  }
}
