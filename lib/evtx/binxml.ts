/**
 * BinXML (MS-EVEN6 §2.2.12, libyal's "Binary XML" section) for one chunk:
 * the name (string) table, template definitions, template instances and their
 * substitution values, nested BinXML (value type 0x21), and instantiation of
 * a template into an XML tree.
 *
 * Two tree forms:
 * - T-trees (`TElement`): a parsed token stream, which for a template
 *   definition holds substitution placeholders (`TSub`). Cached per chunk by
 *   definition offset.
 * - `XmlElement` (types.ts): a resolved tree, built only when asked for (the
 *   `tree` option, nested BinXML values, records that are not a single
 *   template instance). The fast path in extract.ts reads fields straight
 *   from a template's T-tree and the record's substitution values instead.
 *
 * Where the format leaves room, we do what the reference parser
 * (omerbenamram/evtx) does, because its record counts are our target: value
 * sizes that disagree with a type's width, NUL-terminated sized strings,
 * element headers with a dependency identifier in template definitions only,
 * a missing root element synthesised as `<Event>`, extra roots ignored.
 * Unlike the reference we also read CDATA sections and character references
 * (it fails such records as unimplemented).
 */
import {
  ansi,
  binaryText,
  fail,
  filetimeText,
  floatText,
  guidText,
  hex32Text,
  hex64Text,
  i64Text,
  need,
  sidLength,
  sidText,
  systemtimeText,
  u64Text,
  utf16,
  utf16Strict,
} from './bytes';
import { ExpansionBudget } from './budget';
import type { XmlElement, XmlNode } from './types';

// ---------------------------------------------------------------------------
// T-trees
// ---------------------------------------------------------------------------

export const T_ELEMENT = 0;
export const T_TEXT = 1;
export const T_SUB = 2;
export const T_ENTITY = 3;
export const T_CHARREF = 4;
export const T_CDATA = 5;
export const T_PI = 6;
export const T_RESOLVED = 7;

export interface TElement {
  k: typeof T_ELEMENT;
  name: string;
  attrs: TAttr[];
  children: TNode[];
  /** A literal element child (nested BinXML placeholders are only known per record). */
  hasElementChild: boolean;
  /**
   * The `Name` attribute: its text when it has no placeholder (undefined when
   * there is no such attribute), or null when it has placeholders. Set when
   * the element's start tag is closed.
   */
  nameText: string | undefined | null;
}
export interface TAttr {
  name: string;
  value: TNode[];
}
export interface TText {
  k: typeof T_TEXT;
  s: string;
}
export interface TSub {
  k: typeof T_SUB;
  index: number;
  optional: boolean;
  /** Declared type; the instance's own descriptor type is what is read. */
  declared: number;
}
export interface TEntity {
  k: typeof T_ENTITY;
  name: string;
}
export interface TCharRef {
  k: typeof T_CHARREF;
  code: number;
}
export interface TCData {
  k: typeof T_CDATA;
  s: string;
}
export interface TPI {
  k: typeof T_PI;
  target: string;
  data: string | undefined;
}
/** An already-resolved element: a template instance inside a record stream. */
export interface TResolved {
  k: typeof T_RESOLVED;
  el: XmlElement;
}
export type TNode = TElement | TText | TSub | TEntity | TCharRef | TCData | TPI | TResolved;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function entityText(name: string): string {
  return ENTITIES[name] ?? `&${name};`;
}

export function charRefText(code: number): string {
  return String.fromCharCode(code);
}

// ---------------------------------------------------------------------------
// Substitution values
// ---------------------------------------------------------------------------

/** Value types the reference knows (others fail the record, as there). */
const KNOWN_TYPE = new Uint8Array(256);
for (let t = 0x00; t <= 0x15; t++) KNOWN_TYPE[t] = 1;
for (const t of [0x20, 0x21, 0x23]) KNOWN_TYPE[t] = 1;
for (let t = 0x81; t <= 0x95; t++) KNOWN_TYPE[t] = 1;

/** Byte width of one array item, for the fixed-width array types. */
const ARRAY_WIDTH = new Uint8Array(256);
ARRAY_WIDTH[0x83] = 1;
ARRAY_WIDTH[0x84] = 1;
ARRAY_WIDTH[0x85] = 2;
ARRAY_WIDTH[0x86] = 2;
ARRAY_WIDTH[0x87] = 4;
ARRAY_WIDTH[0x88] = 4;
ARRAY_WIDTH[0x89] = 8;
ARRAY_WIDTH[0x8a] = 8;
ARRAY_WIDTH[0x8b] = 4;
ARRAY_WIDTH[0x8c] = 8;
ARRAY_WIDTH[0x8d] = 4;
ARRAY_WIDTH[0x8f] = 16;
ARRAY_WIDTH[0x91] = 8;
ARRAY_WIDTH[0x92] = 16;
ARRAY_WIDTH[0x94] = 4;
ARRAY_WIDTH[0x95] = 8;

export const TYPE_BINXML = 0x21;

const TYPE_NAMES: Record<number, string> = {
  0x20: 'EvtHandle',
  0x23: 'EvtXml',
  0x82: 'AnsiStringArray',
  0x8e: 'BinaryArray',
  0x90: 'SizeTArray',
};

/**
 * A nested BinXML value (type 0x21). Nearly always a single template
 * instance, kept as its template root and values (read like a record); any
 * other stream is resolved to a tree at once. `el` is filled on demand.
 */
export interface Nested {
  el: XmlElement | undefined;
  root: TElement | undefined;
  slots: Slots | undefined;
}

/** One template instance's substitution values: typed windows into the chunk. */
export class Slots {
  n = 0;
  off = new Int32Array(32);
  len = new Int32Array(32);
  type = new Uint8Array(32);
  /** Nested BinXML, by slot index (only when `hasNested`). */
  nested: (Nested | undefined)[] = [];
  hasNested = false;

  reset(n: number): void {
    if (n > this.off.length) {
      const cap = Math.max(n, this.off.length * 2);
      this.off = new Int32Array(cap);
      this.len = new Int32Array(cap);
      this.type = new Uint8Array(cap);
    }
    if (this.hasNested) {
      this.nested.length = 0;
      this.hasNested = false;
    }
    this.n = n;
  }
}

/** Whether slot `i` holds non-empty nested BinXML (renders as an element). */
export function isNested(slots: Slots, i: number): boolean {
  return slots.type[i] === TYPE_BINXML && (slots.len[i] ?? 0) > 0;
}

export function isArrayType(type: number): boolean {
  return type >= 0x81;
}

// ---------------------------------------------------------------------------
// The chunk context
// ---------------------------------------------------------------------------

export const MODE_RECORD = 0;
export const MODE_TEMPLATE = 1;
type Mode = typeof MODE_RECORD | typeof MODE_TEMPLATE;

/** Fragment and template nesting cap, as in the reference (bounds recursion on crafted input). */
const MAX_NESTING = 64;
const MAX_ELEMENT_DEPTH = 512;

/** A parsed template definition plus what extract.ts compiles from it. */
export interface Template<P> {
  root: TElement;
  /** Placeholder indices used inside attribute values (nested BinXML there fails the record). */
  attrSubs: number[];
  plan: P;
}

export class ChunkContext<P> {
  readonly dv: DataView;
  readonly size: number;
  private readonly names = new Map<number, string>();
  readonly templates = new Map<number, Template<P>>();
  /** What expanding this chunk's records may cost (shared with the file's other chunks by the stream parser). */
  budget: ExpansionBudget = new ExpansionBudget();
  /** Set by readName. */
  private lastName = '';
  /** Slots for nested instances, reused record after record (see releaseSlots). */
  private readonly pool: Slots[] = [];
  private poolUsed = 0;

  constructor(
    dv: DataView,
    private readonly compile: (root: TElement) => P,
  ) {
    this.dv = dv;
    this.size = dv.byteLength;
  }

  /**
   * Reads the 64 string-table buckets and their chains, as the reference does
   * before any record: a name it cannot read fails the whole chunk there.
   */
  loadStringTable(): void {
    const dv = this.dv;
    for (let b = 0; b < 64; b++) {
      let off = dv.getUint32(128 + 4 * b, true);
      let guard = 0;
      while (off > 0) {
        if (off > this.size) fail(`string table offset ${off} beyond the chunk`);
        need(this.size, off, 8, 'string table entry');
        const next = dv.getUint32(off, true);
        this.names.set(off, this.decodeName(off));
        if (next === off || ++guard > 4096) break;
        off = next;
      }
    }
  }

  private decodeName(off: number): string {
    const p = off + 6;
    need(this.size, p, 2, 'name');
    const count = this.dv.getUint16(p, true);
    need(this.size, p + 2, count * 2 + 2, 'name');
    return utf16Strict(this.dv, p + 2, count, 'name');
  }

  name(off: number): string {
    let s = this.names.get(off);
    if (s === undefined) {
      s = this.decodeName(off);
      this.names.set(off, s);
    }
    return s;
  }

  /** Reads a name reference at `pos` (skipping an inline string entry); the name goes to `lastName`. */
  readName(pos: number): number {
    need(this.size, pos, 4, 'name offset');
    const off = this.dv.getUint32(pos, true);
    pos += 4;
    if (off === pos) {
      need(this.size, pos, 8, 'inline name');
      const count = this.dv.getUint16(pos + 6, true);
      const end = pos + 6 + 2 + count * 2 + 2;
      if (end > this.size) fail(`inline name runs past the chunk at offset ${pos}`);
      this.lastName = this.name(off);
      return end;
    }
    this.lastName = this.name(off);
    return pos;
  }

  template(defOffset: number, depth: number): Template<P> {
    const cached = this.templates.get(defOffset);
    if (cached) return cached;
    need(this.size, defOffset, 24, 'template definition header');
    const dataSize = this.dv.getUint32(defOffset + 20, true);
    const start = defOffset + 24;
    if (start + dataSize > this.size) fail(`template data at ${defOffset} runs past the chunk`);
    const root = parseStream(this, start, dataSize, MODE_TEMPLATE, true, depth);
    if (root.k !== T_ELEMENT) fail('template definition without a root element');
    const attrSubs: number[] = [];
    collectAttrSubs(root, attrSubs);
    const t: Template<P> = { root, attrSubs, plan: this.compile(root) };
    this.templates.set(defOffset, t);
    return t;
  }

  get lastNameValue(): string {
    return this.lastName;
  }

  acquireSlots(): Slots {
    let s = this.pool[this.poolUsed];
    if (!s) {
      s = new Slots();
      this.pool.push(s);
    }
    this.poolUsed++;
    return s;
  }

  /** Makes every pooled Slots free again: call before each record (nothing of the previous record's values is used after). */
  releaseSlots(): void {
    this.poolUsed = 0;
  }
}

function collectAttrSubs(el: TElement, out: number[]): void {
  for (const a of el.attrs) for (const n of a.value) if (n.k === T_SUB) out.push(n.index);
  for (const c of el.children) if (c.k === T_ELEMENT) collectAttrSubs(c, out);
}

// ---------------------------------------------------------------------------
// Template instances
// ---------------------------------------------------------------------------

export interface Instance {
  /** Offset of the template definition in the chunk. */
  defOffset: number;
  /** Position after the instance's last value. */
  end: number;
}

/**
 * Reads a template instance whose token byte (0x0C) is at `pos - 1`: the
 * header, an inline definition to skip, the value descriptors and the values
 * (checked as the reference checks them; nested BinXML parsed). Fills `slots`.
 */
export function readInstance<P>(ctx: ChunkContext<P>, pos: number, slots: Slots, depth: number, out: Instance): void {
  const dv = ctx.dv;
  const size = ctx.size;
  need(size, pos, 9, 'template instance');
  const defOffset = dv.getUint32(pos + 5, true);
  pos += 9;
  if (pos === defOffset) {
    need(size, pos, 24, 'inline template definition');
    const dataSize = dv.getUint32(pos + 20, true);
    pos += 24 + dataSize;
    if (pos > size) fail(`inline template definition at ${defOffset} runs past the chunk`);
  }
  need(size, pos, 4, 'substitution count');
  const n = dv.getUint32(pos, true);
  pos += 4;
  if (n * 4 > size - pos) fail(`${n} substitution descriptors do not fit in the chunk`);
  slots.reset(n);
  const offs = slots.off;
  const lens = slots.len;
  const types = slots.type;
  for (let i = 0; i < n; i++) {
    const p = pos + 4 * i;
    lens[i] = dv.getUint16(p, true);
    const t = dv.getUint8(p + 2);
    if (KNOWN_TYPE[t] !== 1) fail(`invalid value type 0x${t.toString(16)} at offset ${p + 2}`);
    types[i] = t;
  }
  pos += 4 * n;
  for (let i = 0; i < n; i++) {
    const declared = lens[i] ?? 0;
    const t = types[i] ?? 0;
    const consumed = valueLength(ctx, t, pos, declared);
    offs[i] = pos;
    lens[i] = consumed;
    if (t === TYPE_BINXML && consumed > 0) {
      slots.nested[i] = readNested(ctx, pos, consumed, depth + 1);
      slots.hasNested = true;
    }
    // Read less than the descriptor says: skip the rest. Read more: the reference carries on from there.
    const expected = pos + declared;
    pos += consumed;
    if (expected > pos) {
      if (expected > size) fail(`substitution ${i} runs past the chunk`);
      pos = expected;
    }
  }
  out.defOffset = defOffset;
  out.end = pos;
}

/** Position of the instance body when the stream at `pos` is `[fragment header] 0x0C …`, else -1. */
export function singleInstanceAt(dv: DataView, pos: number, len: number): number {
  if (len >= 6 && dv.getUint8(pos) === 0x0f && dv.getUint8(pos + 4) === 0x0c) return pos + 5;
  if (len >= 1 && dv.getUint8(pos) === 0x0c) return pos + 1;
  return -1;
}

function readNested<P>(ctx: ChunkContext<P>, pos: number, len: number, depth: number): Nested {
  if (depth > MAX_NESTING) fail('BinXML fragments nested too deeply');
  const instPos = singleInstanceAt(ctx.dv, pos, len);
  if (instPos >= 0) {
    const s = ctx.acquireSlots();
    const inst: Instance = { defOffset: 0, end: 0 };
    readInstance(ctx, instPos, s, depth, inst);
    if (inst.end - pos >= len || ctx.dv.getUint8(inst.end) === 0x00) {
      const t = ctx.template(inst.defOffset, depth);
      checkAttrSubs(t, s);
      return { el: undefined, root: t.root, slots: s };
    }
  }
  return { el: resolveRoot(ctx, parseStream(ctx, pos, len, MODE_RECORD, false, depth)), root: undefined, slots: undefined };
}

/** The tree of nested value `i` (built on first use). */
export function nestedElement<P>(ctx: ChunkContext<P>, slots: Slots, i: number): XmlElement | undefined {
  const n = slots.nested[i];
  if (!n) return undefined;
  if (!n.el && n.root) n.el = instantiate(ctx, n.root, n.slots)[0];
  return n.el;
}

/**
 * Bytes a value of type `t` takes at `pos` when its descriptor says `size`,
 * failing where the reference fails (odd string sizes, SizeT other than 4 or
 * 8, bad times, truncated SIDs, misaligned arrays, unimplemented types).
 */
function valueLength<P>(ctx: ChunkContext<P>, t: number, pos: number, size: number): number {
  const dv = ctx.dv;
  const max = ctx.size;
  let len: number;
  switch (t) {
    case 0x00:
      len = size;
      break;
    case 0x01:
      if (size & 1) fail(`odd size ${size} for a UTF-16 string at offset ${pos}`);
      len = size;
      break;
    case 0x02:
    case 0x0e:
    case 0x21:
    case 0x83:
    case 0x84:
      len = size;
      break;
    case 0x03:
    case 0x04:
      len = 1;
      break;
    case 0x05:
    case 0x06:
      len = 2;
      break;
    case 0x07:
    case 0x08:
    case 0x0b:
    case 0x0d:
    case 0x14:
      len = 4;
      break;
    case 0x09:
    case 0x0a:
    case 0x0c:
    case 0x15:
      len = 8;
      break;
    case 0x0f:
      len = 16;
      break;
    case 0x10:
      if (size !== 4 && size !== 8) fail(`SizeT of size ${size} at offset ${pos}`);
      len = size;
      break;
    case 0x11:
      need(max, pos, 8, 'FILETIME');
      filetimeText(dv, pos);
      return 8;
    case 0x12:
      need(max, pos, 16, 'SYSTEMTIME');
      systemtimeText(dv, pos);
      return 16;
    case 0x13:
      return sidLength(dv, max, pos);
    case 0x81: {
      if (size === 0) return 0;
      let p = pos;
      const end = pos + size;
      while (p < end) {
        for (;;) {
          need(max, p, 2, 'string array');
          const c = dv.getUint16(p, true);
          p += 2;
          if (c === 0) break;
        }
      }
      return p - pos;
    }
    case 0x93: {
      let p = pos;
      while (p - pos < size) p += sidLength(dv, max, p);
      return p - pos;
    }
    default: {
      const w = ARRAY_WIDTH[t] ?? 0;
      if (w === 0) fail(`unimplemented value type ${TYPE_NAMES[t] ?? '0x' + t.toString(16)} at offset ${pos}`);
      if (size % w !== 0) fail(`misaligned array (size ${size}, item ${w}) at offset ${pos}`);
      need(max, pos, size, 'array');
      if (t === 0x91) for (let p = pos; p < pos + size; p += 8) filetimeText(dv, p);
      if (t === 0x92) for (let p = pos; p < pos + size; p += 16) systemtimeText(dv, p);
      return size;
    }
  }
  need(max, pos, len, 'value');
  return len;
}

/** Text of a scalar value (arrays joined with commas, as the reference writes them). */
export function valueText(dv: DataView, t: number, off: number, len: number): string {
  switch (t) {
    case 0x00:
      return '';
    case 0x01:
      return utf16(dv, off, len >> 1);
    case 0x02:
      return ansi(dv, off, len);
    case 0x03:
      return String(dv.getInt8(off));
    case 0x04:
      return String(dv.getUint8(off));
    case 0x05:
      return String(dv.getInt16(off, true));
    case 0x06:
      return String(dv.getUint16(off, true));
    case 0x07:
      return String(dv.getInt32(off, true));
    case 0x08:
      return String(dv.getUint32(off, true));
    case 0x09:
      return i64Text(dv, off);
    case 0x0a:
      return u64Text(dv, off);
    case 0x0b:
      return float32Text(dv.getFloat32(off, true));
    case 0x0c:
      return floatText(dv.getFloat64(off, true));
    case 0x0d:
      return dv.getInt32(off, true) !== 0 ? 'true' : 'false';
    case 0x0e:
      return binaryText(dv, off, len);
    case 0x0f:
      return guidText(dv, off);
    case 0x10:
      return len === 4 ? hex32Text(dv.getUint32(off, true)) : hex64Text(dv, off);
    case 0x11:
      return filetimeText(dv, off);
    case 0x12:
      return systemtimeText(dv, off);
    case 0x13:
      return sidText(dv, off, len);
    case 0x14:
      return hex32Text(dv.getUint32(off, true));
    case 0x15:
      return hex64Text(dv, off);
    case 0x21:
      return '';
    default:
      return arrayTexts(dv, t, off, len).join(',');
  }
}

function float32Text(v: number): string {
  if (!Number.isFinite(v)) return floatText(v);
  for (let p = 1; p < 10; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return String(Number(s));
  }
  return String(v);
}

/** The items of an array value, each as text. */
export function arrayTexts(dv: DataView, t: number, off: number, len: number): string[] {
  const out: string[] = [];
  const end = off + len;
  if (t === 0x81) {
    let p = off;
    while (p < end) {
      let q = p;
      while (q + 1 < end && dv.getUint16(q, true) !== 0) q += 2;
      out.push(utf16(dv, p, (q - p) >> 1));
      p = q + 2;
    }
    return out;
  }
  if (t === 0x93) {
    for (let p = off; p < end; ) {
      const l = 8 + 4 * dv.getUint8(p + 1);
      out.push(sidText(dv, p, l));
      p += l;
    }
    return out;
  }
  const w = ARRAY_WIDTH[t] ?? 0;
  if (w === 0) return out;
  const scalar = t & 0x7f;
  for (let p = off; p + w <= end; p += w) out.push(valueText(dv, scalar, p, w));
  return out;
}

/** Number of items of an array value (cheaper than arrayTexts for the common "one or none" check). */
export function arrayCount(dv: DataView, t: number, off: number, len: number): number {
  if (t === 0x81) {
    let count = 0;
    const end = off + len;
    for (let p = off; p + 1 < end; p += 2) if (dv.getUint16(p, true) === 0) count++;
    return count;
  }
  if (t === 0x93) {
    let count = 0;
    for (let p = off; p < off + len; p += 8 + 4 * dv.getUint8(p + 1)) count++;
    return count;
  }
  const w = ARRAY_WIDTH[t] ?? 0;
  return w === 0 ? 0 : Math.floor(len / w);
}

/** An integer value read as a number (what Number() of its text gives), or undefined for other types. */
export function slotNumber(dv: DataView, slots: Slots, i: number): number | undefined {
  const off = slots.off[i] ?? 0;
  switch (slots.type[i]) {
    case 0x03:
      return dv.getInt8(off);
    case 0x04:
      return dv.getUint8(off);
    case 0x05:
      return dv.getInt16(off, true);
    case 0x06:
      return dv.getUint16(off, true);
    case 0x07:
      return dv.getInt32(off, true);
    case 0x08:
    case 0x14:
      return dv.getUint32(off, true);
    case 0x09:
      return dv.getInt32(off + 4, true) * 4294967296 + dv.getUint32(off, true);
    case 0x0a:
    case 0x15:
      return dv.getUint32(off + 4, true) * 4294967296 + dv.getUint32(off, true);
    case 0x10:
      return (slots.len[i] ?? 0) === 4 ? dv.getUint32(off, true) : dv.getUint32(off + 4, true) * 4294967296 + dv.getUint32(off, true);
    default:
      return undefined;
  }
}

export function slotText(dv: DataView, slots: Slots, i: number): string {
  return valueText(dv, slots.type[i] ?? 0, slots.off[i] ?? 0, slots.len[i] ?? 0);
}

// ---------------------------------------------------------------------------
// Token streams
// ---------------------------------------------------------------------------

function elementOf(name: string): TElement {
  return { k: T_ELEMENT, name, attrs: [], children: [], hasElementChild: false, nameText: undefined };
}

function sealStartTag(el: TElement): void {
  const a = el.attrs.find((x) => x.name === 'Name');
  if (!a) return;
  if (a.value.some((n) => n.k === T_SUB)) {
    el.nameText = null;
    return;
  }
  let s = '';
  for (const n of a.value) s += inlineText(n);
  el.nameText = s;
}

/**
 * Parses the BinXML token stream of `length` bytes at `start`. In template
 * mode substitutions become placeholders; in record mode template instances
 * are instantiated on the spot (as TResolved nodes). Returns the root.
 */
export function parseStream<P>(
  ctx: ChunkContext<P>,
  start: number,
  length: number,
  mode: Mode,
  hasDepId: boolean,
  depth: number,
): TElement | TResolved {
  if (depth > MAX_NESTING) fail('BinXML fragments nested too deeply');
  const dv = ctx.dv;
  const size = ctx.size;
  const stack: TElement[] = [];
  let current: TElement | undefined;
  let currentAttr: TAttr | undefined;
  let root: TElement | TResolved | undefined;
  let pos = start;
  let read = 0;

  const finishAttr = (): void => {
    if (current && currentAttr) {
      if (currentAttr.value.length > 0) current.attrs.push(currentAttr);
      currentAttr = undefined;
    }
  };
  const attach = (node: TElement | TResolved): void => {
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(node);
      parent.hasElementChild = true;
    } else if (!root) {
      root = node;
    } else if (mode === MODE_TEMPLATE) {
      fail('template definition with more than one root element');
    }
    // Record mode: further roots are ignored (first root wins), as in the reference.
  };
  const push = (node: TNode): void => {
    if (current) {
      if (currentAttr) currentAttr.value.push(node);
      return;
    }
    const parent = stack[stack.length - 1];
    if (!parent) fail(`content outside of an element at offset ${pos}`);
    parent.children.push(node);
  };

  while (read < length) {
    const tokenStart = pos;
    need(size, pos, 1, 'token');
    const token = dv.getUint8(pos);
    pos++;
    if (token === 0x00) break;
    switch (token) {
      case 0x01:
      case 0x41: {
        if (current) fail(`element start inside an element start at offset ${tokenStart}`);
        if (hasDepId) pos += 2;
        pos += 4;
        need(size, pos, 0, 'element');
        pos = ctx.readName(pos);
        current = elementOf(ctx.lastNameValue);
        if (token === 0x41) {
          need(size, pos, 4, 'attribute list size');
          pos += 4;
        }
        break;
      }
      case 0x02: {
        if (!current) fail(`close start tag without an element at offset ${tokenStart}`);
        if (stack.length >= MAX_ELEMENT_DEPTH) fail('BinXML elements nested too deeply');
        finishAttr();
        sealStartTag(current);
        stack.push(current);
        current = undefined;
        break;
      }
      case 0x03: {
        if (!current) fail(`close empty tag without an element at offset ${tokenStart}`);
        finishAttr();
        sealStartTag(current);
        const el = current;
        current = undefined;
        attach(el);
        break;
      }
      case 0x04: {
        const el = stack.pop();
        if (!el) fail(`end tag without an open element at offset ${tokenStart}`);
        attach(el);
        break;
      }
      case 0x05:
      case 0x45: {
        need(size, pos, 1, 'value type');
        const t = dv.getUint8(pos);
        pos++;
        if (t === 0x01) {
          need(size, pos, 2, 'string value');
          const count = dv.getUint16(pos, true);
          need(size, pos + 2, count * 2, 'string value');
          push({ k: T_TEXT, s: utf16(dv, pos + 2, count) });
          pos += 2 + count * 2;
        } else if (t === TYPE_BINXML) {
          need(size, pos, 2, 'BinXML value');
          const len = dv.getUint16(pos, true);
          pos += 2;
          need(size, pos, len, 'BinXML value');
          if (current) fail('nested BinXML inside an attribute value');
          if (len > 0) attach(parseStream(ctx, pos, len, MODE_RECORD, false, depth + 1));
          pos += len;
        } else {
          if (KNOWN_TYPE[t] !== 1) fail(`invalid value type 0x${t.toString(16)} at offset ${pos - 1}`);
          if (t === 0x02 || t === 0x0e || t === 0x10 || t >= 0x20) {
            fail(`unimplemented unsized value of type 0x${t.toString(16)} at offset ${pos - 1}`);
          }
          const len = valueLength(ctx, t, pos, 0);
          push({ k: T_TEXT, s: valueText(dv, t, pos, len) });
          pos += len;
        }
        break;
      }
      case 0x06:
      case 0x46: {
        pos = ctx.readName(pos);
        if (!current) fail(`attribute outside of an element start at offset ${tokenStart}`);
        finishAttr();
        currentAttr = { name: ctx.lastNameValue, value: [] };
        break;
      }
      case 0x07:
      case 0x47: {
        need(size, pos, 2, 'CDATA section');
        const count = dv.getUint16(pos, true);
        need(size, pos + 2, count * 2, 'CDATA section');
        push({ k: T_CDATA, s: utf16(dv, pos + 2, count) });
        pos += 2 + count * 2;
        break;
      }
      case 0x08:
      case 0x48: {
        need(size, pos, 2, 'character reference');
        push({ k: T_CHARREF, code: dv.getUint16(pos, true) });
        pos += 2;
        break;
      }
      case 0x09:
      case 0x49: {
        pos = ctx.readName(pos);
        push({ k: T_ENTITY, name: ctx.lastNameValue });
        break;
      }
      case 0x0a: {
        pos = ctx.readName(pos);
        push({ k: T_PI, target: ctx.lastNameValue, data: undefined });
        break;
      }
      case 0x0b: {
        need(size, pos, 2, 'PI data');
        const count = dv.getUint16(pos, true);
        need(size, pos + 2, count * 2, 'PI data');
        const data = utf16(dv, pos + 2, count);
        pos += 2 + count * 2;
        const list = current ? currentAttr?.value : stack[stack.length - 1]?.children;
        const last = list?.[list.length - 1];
        if (!last || last.k !== T_PI || last.data !== undefined) fail('PI data without a PI target');
        last.data = data;
        break;
      }
      case 0x0c: {
        if (mode !== MODE_RECORD) fail('template instance inside a template definition');
        if (current) fail('template instance inside an attribute value');
        const slots = ctx.acquireSlots();
        const inst: Instance = { defOffset: 0, end: 0 };
        readInstance(ctx, pos, slots, depth, inst);
        const template = ctx.template(inst.defOffset, depth);
        checkAttrSubs(template, slots);
        const els = instantiate(ctx, template.root, slots);
        for (const el of els) attach({ k: T_RESOLVED, el });
        pos = inst.end;
        break;
      }
      case 0x0d:
      case 0x0e: {
        need(size, pos, 3, 'substitution');
        if (mode !== MODE_TEMPLATE) fail(`substitution outside a template definition at offset ${tokenStart}`);
        const t = dv.getUint8(pos + 2);
        if (KNOWN_TYPE[t] !== 1) fail(`invalid value type 0x${t.toString(16)} at offset ${pos + 2}`);
        push({ k: T_SUB, index: dv.getUint16(pos, true), optional: token === 0x0e, declared: t });
        pos += 3;
        break;
      }
      case 0x0f:
        need(size, pos, 3, 'fragment header');
        pos += 3;
        break;
      default:
        fail(`invalid token 0x${token.toString(16)} at offset ${tokenStart}`);
    }
    read += pos - tokenStart;
  }

  if (current) fail('unfinished element start');
  if (stack.length > 0) fail('unbalanced element stack');
  if (root) return root;
  if (mode === MODE_TEMPLATE) fail('template definition without a root element');
  // An empty or EOF-only record fragment: the reference synthesises an empty <Event>.
  return elementOf('Event');
}

/** Nested BinXML in an attribute value fails the record (the reference cannot render it). */
export function checkAttrSubs<P>(template: Template<P>, slots: Slots): void {
  if (!slots.hasNested) return;
  for (const i of template.attrSubs) {
    if (i < slots.n && isNested(slots, i)) fail('nested BinXML inside an attribute value');
  }
}

export function resolveRoot<P>(ctx: ChunkContext<P>, root: TElement | TResolved): XmlElement {
  if (root.k === T_RESOLVED) return root.el;
  return instantiate(ctx, root, undefined)[0] ?? { type: 'element', name: root.name, attrs: [], children: [] };
}

// ---------------------------------------------------------------------------
// Instantiation
// ---------------------------------------------------------------------------

/** An array value of more than one item: the containing element repeats per item (MS-EVEN6 §3.1.4.7.5). */
interface ArrayMark {
  items: string[];
}
type Part = XmlNode | ArrayMark;
type AttrParts = { name: string; parts: (string | ArrayMark)[] };

function isMark(p: Part | string): p is ArrayMark {
  return typeof p !== 'string' && !('type' in p);
}

function subValue<P>(ctx: ChunkContext<P>, sub: TSub, slots: Slots | undefined, inAttr: boolean): string | ArrayMark | XmlElement | undefined {
  if (!slots || sub.index >= slots.n) return undefined;
  const i = sub.index;
  const t = slots.type[i] ?? 0;
  if (t === TYPE_BINXML) {
    if ((slots.len[i] ?? 0) === 0) return sub.optional ? undefined : '';
    if (inAttr) fail('nested BinXML inside an attribute value');
    return nestedElement(ctx, slots, i);
  }
  if (isArrayType(t)) {
    const items = arrayTexts(ctx.dv, t, slots.off[i] ?? 0, slots.len[i] ?? 0);
    if (items.length > 1) return { items };
    if (items.length === 0) return sub.optional ? undefined : '';
    return items[0] ?? '';
  }
  const text = slotText(ctx.dv, slots, i);
  return text === '' && sub.optional ? undefined : text;
}

/**
 * Resolves a template element against substitution values, as the
 * reference does: an optional substitution with an empty value leaves no
 * node, a normal one leaves an empty text node (so `<Data></Data>` stays on
 * one line when rendered), and an attribute whose value is empty is dropped.
 * Returns more than one element when an array value repeats it.
 */
export function instantiate<P>(ctx: ChunkContext<P>, t: TElement, slots: Slots | undefined): XmlElement[] {
  ctx.budget.spend(1);
  let marked = false;
  const attrs: AttrParts[] = [];
  for (const a of t.attrs) {
    const parts: (string | ArrayMark)[] = [];
    for (const n of a.value) {
      if (n.k === T_SUB) {
        const v = subValue(ctx, n, slots, true);
        if (v === undefined) continue;
        if (typeof v !== 'string' && 'type' in v) fail('nested BinXML inside an attribute value');
        if (typeof v !== 'string') marked = true;
        parts.push(v);
      } else parts.push(inlineText(n));
    }
    attrs.push({ name: a.name, parts });
  }
  const children: Part[] = [];
  for (const n of t.children) {
    switch (n.k) {
      case T_ELEMENT:
        for (const el of instantiate(ctx, n, slots)) children.push(el);
        break;
      case T_RESOLVED:
        children.push(n.el);
        break;
      case T_SUB: {
        const v = subValue(ctx, n, slots, false);
        if (v === undefined) break;
        if (typeof v === 'string') children.push({ type: 'text', text: v });
        else {
          if (!('type' in v)) marked = true;
          children.push(v);
        }
        break;
      }
      case T_TEXT:
        children.push({ type: 'text', text: n.s });
        break;
      case T_CDATA:
        children.push({ type: 'cdata', text: n.s });
        break;
      case T_ENTITY:
        children.push({ type: 'entity', name: n.name });
        break;
      case T_CHARREF:
        children.push({ type: 'charref', code: n.code });
        break;
      case T_PI:
        children.push({ type: 'pi', target: n.target, data: n.data ?? '' });
        break;
    }
  }
  if (!marked) return [finish(t.name, attrs, children as XmlNode[])];
  return expand(t.name, attrs, children, ctx.budget);
}

function inlineText(n: TNode): string {
  switch (n.k) {
    case T_TEXT:
    case T_CDATA:
      return n.s;
    case T_ENTITY:
      return entityText(n.name);
    case T_CHARREF:
      return charRefText(n.code);
    default:
      return '';
  }
}

function finish(name: string, attrs: AttrParts[], children: XmlNode[]): XmlElement {
  const out: XmlElement = { type: 'element', name, attrs: [], children };
  for (const a of attrs) {
    let v = '';
    for (const p of a.parts) if (typeof p === 'string') v += p;
    if (v !== '') out.attrs.push({ name: a.name, value: v });
  }
  return out;
}

/** Repeats the element once per item of its first array value (children first, then attributes), recursively. */
function expand(name: string, attrs: AttrParts[], children: Part[], budget: ExpansionBudget): XmlElement[] {
  // Several array values multiply: each repetition is paid for.
  budget.spend(1);
  const ci = children.findIndex((p) => isMark(p));
  let items: string[] | undefined;
  let ai = -1;
  let pi = -1;
  if (ci >= 0) items = (children[ci] as ArrayMark).items;
  else {
    for (ai = 0; ai < attrs.length; ai++) {
      pi = (attrs[ai]?.parts ?? []).findIndex((p) => isMark(p));
      if (pi >= 0) break;
    }
    items = (attrs[ai]?.parts[pi] as ArrayMark | undefined)?.items;
  }
  if (!items) return [finish(name, attrs, children.filter((p): p is XmlNode => !isMark(p)))];
  const out: XmlElement[] = [];
  for (const item of items) {
    if (ci >= 0) {
      const next = children.slice();
      if (item === '') next.splice(ci, 1);
      else next[ci] = { type: 'text', text: item };
      out.push(...expand(name, attrs, next, budget));
    } else {
      const nextAttrs = attrs.map((a, k) => (k === ai ? { name: a.name, parts: a.parts.map((p, j) => (j === pi ? item : p)) } : a));
      out.push(...expand(name, nextAttrs, children, budget));
    }
  }
  return out;
}
