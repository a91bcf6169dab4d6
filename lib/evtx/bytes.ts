/**
 * Byte-level helpers shared by the EVTX parser: bounds-checked little-endian
 * reads, UTF-16LE and Windows-1252 decoding, and the text forms of FILETIME,
 * SYSTEMTIME, GUID, SID and hex values. Pure TypeScript over DataView: no
 * Node Buffer, so it runs unchanged in the browser.
 *
 * Text forms follow the reference parser (omerbenamram/evtx) so that our XML
 * and values read the same as its output: timestamps as
 * `YYYY-MM-DDTHH:MM:SS.ffffffZ` (microseconds, truncated), GUIDs upper-case
 * without braces, binary as upper-case hex, hex integers as lower-case `0x…`.
 */

/** A parse error for one record (or one chunk). Caught by the chunk walker, never thrown out of the public API. */
export class EvtxFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvtxFormatError';
  }
}

export function fail(message: string): never {
  throw new EvtxFormatError(message);
}

/** Throws unless `len` bytes are available at `off` in a view of `size` bytes. */
export function need(size: number, off: number, len: number, what: string): void {
  if (off < 0 || len < 0 || off + len > size) {
    fail(`truncated ${what}: need ${len} bytes at offset ${off}, have ${Math.max(0, size - off)}`);
  }
}

export function u64(dv: DataView, off: number): number {
  return dv.getUint32(off + 4, true) * 4294967296 + dv.getUint32(off, true);
}

export function i64Text(dv: DataView, off: number): string {
  const hi = dv.getInt32(off + 4, true);
  const lo = dv.getUint32(off, true);
  if (hi >= -0x200000 && hi < 0x200000) return String(hi * 4294967296 + lo);
  return dv.getBigInt64(off, true).toString();
}

export function u64Text(dv: DataView, off: number): string {
  const hi = dv.getUint32(off + 4, true);
  const lo = dv.getUint32(off, true);
  if (hi < 0x200000) return String(hi * 4294967296 + lo);
  return dv.getBigUint64(off, true).toString();
}

export function hex32Text(v: number): string {
  return '0x' + (v >>> 0).toString(16);
}

/** Keywords repeat record after record: remember the last one. */
let hexHi = -1;
let hexLo = -1;
let hexText = '';

export function hex64Text(dv: DataView, off: number): string {
  const hi = dv.getUint32(off + 4, true);
  const lo = dv.getUint32(off, true);
  if (hi === hexHi && lo === hexLo) return hexText;
  hexText = hi === 0 ? '0x' + lo.toString(16) : '0x' + hi.toString(16) + lo.toString(16).padStart(8, '0');
  hexHi = hi;
  hexLo = lo;
  return hexText;
}

// ---------------------------------------------------------------------------
// UTF-16LE
// ---------------------------------------------------------------------------

const utf16Decoder = new TextDecoder('utf-16le');
/** One reusable array per length for String.fromCharCode.apply: measured fastest for short strings. */
const MAX_SHORT = 128;
const BY_LENGTH: number[][] = [];
for (let i = 0; i <= MAX_SHORT; i++) BY_LENGTH.push(new Array<number>(i).fill(0));
const MAX_INTERNED = 48;
const INTERN_MASK = 4095;
const INTERN: (string | undefined)[] = new Array<string | undefined>(INTERN_MASK + 1).fill(undefined);

/**
 * Decodes up to `count` UTF-16LE code units at `off`, stopping at the first
 * NUL (as the reference does for sized strings). Unpaired surrogates become
 * U+FFFD. The caller has checked that `count * 2` bytes are in bounds.
 */
export function utf16(dv: DataView, off: number, count: number): string {
  let n = 0;
  let surrogate = false;
  let h = 0;
  for (; n < count; n++) {
    const c = dv.getUint16(off + 2 * n, true);
    if (c === 0) break;
    if ((c & 0xf800) === 0xd800) surrogate = true;
    h = (Math.imul(h, 31) + c) | 0;
  }
  if (n === 0) return '';
  const arr = BY_LENGTH[n];
  if (surrogate || arr === undefined) {
    return utf16Decoder.decode(new Uint8Array(dv.buffer, dv.byteOffset + off, n * 2));
  }
  // Short values repeat a lot (user names, SIDs, "-", computer names): share one string per value.
  if (n <= MAX_INTERNED) {
    const slot = (h ^ (h >>> 13)) & INTERN_MASK;
    const hit = INTERN[slot];
    if (hit !== undefined && hit.length === n) {
      let same = true;
      for (let i = 0; i < n; i++) {
        if (hit.charCodeAt(i) !== dv.getUint16(off + 2 * i, true)) {
          same = false;
          break;
        }
      }
      if (same) return hit;
    }
    for (let i = 0; i < n; i++) arr[i] = dv.getUint16(off + 2 * i, true);
    const s = String.fromCharCode.apply(null, arr);
    INTERN[slot] = s;
    return s;
  }
  for (let i = 0; i < n; i++) arr[i] = dv.getUint16(off + 2 * i, true);
  return String.fromCharCode.apply(null, arr);
}

/** Like utf16 but fails on unpaired surrogates, as the reference does for element and attribute names. */
export function utf16Strict(dv: DataView, off: number, count: number, what: string): string {
  const s = utf16(dv, off, count);
  if (s.includes('\ufffd')) {
    for (let i = 0; i < count; i++) {
      const c = dv.getUint16(off + 2 * i, true);
      if (c === 0) break;
      if (c >= 0xdc00 && c <= 0xdfff) fail(`invalid UTF-16 in ${what} at offset ${off}`);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = i + 1 < count ? dv.getUint16(off + 2 * i + 2, true) : 0;
        if (d < 0xdc00 || d > 0xdfff) fail(`invalid UTF-16 in ${what} at offset ${off}`);
        i++;
      }
    }
  }
  return s;
}

// ---------------------------------------------------------------------------
// Windows-1252 (the reference decodes ANSI strings with it, dropping NUL bytes)
// ---------------------------------------------------------------------------

const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function ansi(dv: DataView, off: number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) {
    const b = dv.getUint8(off + i);
    if (b === 0) continue;
    s += String.fromCharCode(b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] ?? b) : b);
  }
  return s;
}

// ---------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------

/** Seconds between 1601-01-01 and 1970-01-01. */
const EPOCH_DELTA = 11644473600;
/** The reference's timestamp type (jiff) ends at 9999-12-30T22:00:00Z; later values fail the record there, so here too. */
const MAX_UNIX_SECONDS = 253402207200;

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Days since 1970-01-01 → civil date (Howard Hinnant's algorithm). */
function formatUnix(secs: number, micros: number): string {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hh = Math.floor(rem / 3600);
  rem -= hh * 3600;
  const mm = Math.floor(rem / 60);
  const ss = rem - mm * 60;
  const year = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
  return `${year}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}.${String(micros).padStart(6, '0')}Z`;
}

/** The record header's time and TimeCreated are usually the same FILETIME: remember the last one. */
let lastHi = -1;
let lastLo = -1;
let lastText = '';

/** FILETIME (100 ns ticks since 1601) at `off` → ISO text; fails beyond the reference's range. */
export function filetimeText(dv: DataView, off: number): string {
  const hi = dv.getUint32(off + 4, true);
  const lo = dv.getUint32(off, true);
  if (hi === lastHi && lo === lastLo) return lastText;
  // hi·2^32 = hi·429·10^7 + hi·4967296; both parts stay exact for every hi below the range check.
  if (hi > 0x24c85a5e) fail(`FILETIME out of range at offset ${off}`);
  const t = hi * 4967296 + lo;
  const secs = hi * 429 + Math.floor(t / 1e7);
  const ticks = t % 1e7;
  const unix = secs - EPOCH_DELTA;
  if (unix > MAX_UNIX_SECONDS) fail(`FILETIME out of range at offset ${off}`);
  lastText = formatUnix(unix, Math.floor(ticks / 10));
  lastHi = hi;
  lastLo = lo;
  return lastText;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** SYSTEMTIME (16 bytes) at `off` → ISO text; fails on an impossible date, as the reference does. */
export function systemtimeText(dv: DataView, off: number): string {
  const year = dv.getUint16(off, true);
  const month = dv.getUint16(off + 2, true);
  const day = dv.getUint16(off + 6, true);
  const hour = dv.getUint16(off + 8, true);
  const minute = dv.getUint16(off + 10, true);
  const second = dv.getUint16(off + 12, true);
  const ms = dv.getUint16(off + 14, true);
  if (year === 0 && month === 0 && day === 0 && hour === 0 && minute === 0 && second === 0 && ms === 0) {
    return formatUnix(-EPOCH_DELTA, 0);
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (year > 9999 || month < 1 || month > 12 || day < 1 || day > dim || hour > 23 || minute > 59 || second > 59 || ms > 999) {
    fail(`invalid SYSTEMTIME at offset ${off}`);
  }
  const unix = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  if (unix > MAX_UNIX_SECONDS) fail(`SYSTEMTIME out of range at offset ${off}`);
  return formatUnix(unix, ms * 1000);
}

// ---------------------------------------------------------------------------
// GUID, SID, binary
// ---------------------------------------------------------------------------

const HEX_UPPER: string[] = [];
for (let i = 0; i < 256; i++) HEX_UPPER.push(i.toString(16).toUpperCase().padStart(2, '0'));

function hexByte(dv: DataView, off: number): string {
  return HEX_UPPER[dv.getUint8(off)] ?? '00';
}

/** Provider GUIDs repeat record after record: remember the last one. */
const lastGuid = new Int32Array(4);
let lastGuidText = '';

/** Upper-case, no braces: `54849625-5478-4994-A5BA-3E3B0328C30D` (data1–3 little-endian). */
export function guidText(dv: DataView, off: number): string {
  const a = dv.getInt32(off, true);
  const b = dv.getInt32(off + 4, true);
  const c = dv.getInt32(off + 8, true);
  const d = dv.getInt32(off + 12, true);
  if (lastGuidText !== '' && a === lastGuid[0] && b === lastGuid[1] && c === lastGuid[2] && d === lastGuid[3]) return lastGuidText;
  lastGuid[0] = a;
  lastGuid[1] = b;
  lastGuid[2] = c;
  lastGuid[3] = d;
  lastGuidText = guidTextUncached(dv, off);
  return lastGuidText;
}

function guidTextUncached(dv: DataView, off: number): string {
  let s = '';
  for (const i of [3, 2, 1, 0]) s += hexByte(dv, off + i);
  s += '-' + hexByte(dv, off + 5) + hexByte(dv, off + 4) + '-' + hexByte(dv, off + 7) + hexByte(dv, off + 6) + '-';
  s += hexByte(dv, off + 8) + hexByte(dv, off + 9) + '-';
  for (let i = 10; i < 16; i++) s += hexByte(dv, off + i);
  return s;
}

export function binaryText(dv: DataView, off: number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += hexByte(dv, off + i);
  return s;
}

/** Length in bytes of the SID at `off`, failing when it does not fit in `size`. */
export function sidLength(dv: DataView, size: number, off: number): number {
  need(size, off, 8, 'SID');
  const len = 8 + 4 * dv.getUint8(off + 1);
  need(size, off, len, 'SID');
  return len;
}

/** `S-1-5-21-…`: revision, 48-bit big-endian authority, little-endian sub-authorities. */
export function sidText(dv: DataView, off: number, len: number): string {
  if (len < 8) return 'S-?';
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + dv.getUint8(off + i);
  let s = `S-${dv.getUint8(off)}-${authority}`;
  const subs = Math.min(dv.getUint8(off + 1), Math.floor((len - 8) / 4));
  for (let i = 0; i < subs; i++) s += '-' + dv.getUint32(off + 8 + 4 * i, true);
  return s;
}

/** The reference writes floats in their shortest round-trip form; so does String(). */
export function floatText(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}
