/**
 * Zip bundles (the Client Analyzer's MDEClientAnalyzerResult.zip, or any zip
 * of logs): the central directory is read from the end of the file (ZIP64
 * too), then each member that may be a log is streamed from its place in the
 * file and inflated piece by piece with fflate, so a member of any size is
 * read with bounded memory and nothing is unpacked anywhere.
 *
 * Guards against zip bombs, on the bytes actually inflated (never on the
 * sizes the zip claims): a budget of uncompressed bytes for the whole bundle,
 * nested zips included; a member inflating more than `zipRatio` times its
 * compressed size (once past `zipRatioAfter` bytes) is stopped; a zip inside
 * a zip is opened (held in memory, up to `nestedZipBytes`), one deeper is not.
 * A zip without a readable central directory (a cut download) is walked from
 * its first local header as far as the sizes there allow.
 */
import { Inflate } from 'fflate';
import { crc32 } from '../evtx/crc32';
import type { LogLimits, LogProblem } from './types';

export type ZipMember = {
  /** Path inside the zip, with `/` (Windows zips write `\`). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
};

export type ZipDirectory = { members: ZipMember[]; problems: LogProblem[]; ok: boolean };

/** Uncompressed bytes still allowed, shared by a bundle and the zips inside it. */
export type ZipBudget = { remaining: number; capped: boolean };

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** The central directory is read whole: past this it is not. */
const MAX_CENTRAL_BYTES = 64 * 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: bounds what one push can produce (~1032× at most). */
const INFLATE_PIECE = 16 * 1024;

async function readRange(blob: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(Math.max(0, start), Math.min(blob.size, end)).arrayBuffer());
}

function u64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x1_0000_0000;
}

const utf8 = new TextDecoder('utf-8');

function memberName(bytes: Uint8Array): string {
  return utf8.decode(bytes).replace(/\\/g, '/');
}

export async function readZipDirectory(blob: Blob, limits: LogLimits): Promise<ZipDirectory> {
  const problems: LogProblem[] = [];
  const tailStart = Math.max(0, blob.size - (22 + 65535 + 20));
  const tail = await readRange(blob, tailStart, blob.size);
  const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tv.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return walkLocalHeaders(blob, limits, 'no end of central directory record (truncated zip?)');
  let entries = tv.getUint16(eocd + 10, true);
  let cdSize = tv.getUint32(eocd + 12, true);
  let cdOffset = tv.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && tv.getUint32(loc, true) === SIG_EOCD64_LOCATOR) {
      const at = u64(tv, loc + 8);
      const rec = await readRange(blob, at, at + 56);
      const rv = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
      if (rec.length >= 56 && rv.getUint32(0, true) === SIG_EOCD64) {
        entries = u64(rv, 32);
        cdSize = u64(rv, 40);
        cdOffset = u64(rv, 48);
      }
    }
  }
  if (cdOffset + cdSize > blob.size || cdSize > MAX_CENTRAL_BYTES) {
    return walkLocalHeaders(blob, limits, `central directory out of bounds (offset ${cdOffset}, size ${cdSize}, file ${blob.size})`);
  }
  const cd = await readRange(blob, cdOffset, cdOffset + cdSize);
  const dv = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const members: ZipMember[] = [];
  let p = 0;
  for (let k = 0; k < entries && p + 46 <= cd.length; k++) {
    if (members.length >= limits.zipEntries) {
      problems.push({ code: 'zip-entry-cap', severity: 'damage', limit: limits.zipEntries, count: entries });
      break;
    }
    if (dv.getUint32(p, true) !== SIG_CENTRAL) {
      problems.push({ code: 'zip-damaged', severity: 'damage', detail: `bad central directory entry ${k} at ${cdOffset + p}` });
      break;
    }
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const member: ZipMember = {
      name: memberName(cd.subarray(p + 46, p + 46 + nameLen)),
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      crc: dv.getUint32(p + 16, true),
      csize: dv.getUint32(p + 20, true),
      usize: dv.getUint32(p + 24, true),
      offset: dv.getUint32(p + 42, true),
    };
    // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = Math.min(cd.length, e + extraLen);
    while (e + 4 <= extraEnd) {
      const id = dv.getUint16(e, true);
      const size = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (member.usize === 0xffffffff && q + 8 <= extraEnd) {
          member.usize = u64(dv, q);
          q += 8;
        }
        if (member.csize === 0xffffffff && q + 8 <= extraEnd) {
          member.csize = u64(dv, q);
          q += 8;
        }
        if (member.offset === 0xffffffff && q + 8 <= extraEnd) member.offset = u64(dv, q);
      }
      e += 4 + size;
    }
    members.push(member);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { members, problems, ok: true };
}

/** A zip without its central directory: local headers in order, while their sizes are written there. */
async function walkLocalHeaders(blob: Blob, limits: LogLimits, why: string): Promise<ZipDirectory> {
  const members: ZipMember[] = [];
  let pos = 0;
  let stop = why;
  while (pos + 30 <= blob.size && members.length < limits.zipEntries) {
    const h = await readRange(blob, pos, pos + 30);
    const dv = new DataView(h.buffer, h.byteOffset, h.byteLength);
    if (h.length < 30 || dv.getUint32(0, true) !== SIG_LOCAL) break;
    const flags = dv.getUint16(6, true);
    const csize = dv.getUint32(18, true);
    const nameLen = dv.getUint16(26, true);
    const extraLen = dv.getUint16(28, true);
    const name = memberName(await readRange(blob, pos + 30, pos + 30 + nameLen));
    if (flags & 0x8 && csize === 0) {
      stop = `${why}; ${name}: size written after the data, the rest cannot be found`;
      break;
    }
    members.push({ name, flags, method: dv.getUint16(8, true), crc: dv.getUint32(14, true), csize, usize: dv.getUint32(22, true), offset: pos });
    pos += 30 + nameLen + extraLen + csize + (flags & 0x8 ? 16 : 0);
  }
  return {
    members,
    problems: [{ code: 'zip-damaged', severity: members.length ? 'damage' : 'error', detail: stop }],
    ok: members.length > 0,
  };
}

/** What happened while a member was read (set by memberPieces, read by the caller when the stream has ended). */
export type MemberState = { bytes: number; cut: boolean; problems: LogProblem[] };

/**
 * The uncompressed bytes of a member, in pieces, with the bundle's caps
 * applied as they are produced. The stream ends early when a cap is hit or
 * the data is damaged; `state` says so.
 */
export async function* memberPieces(
  blob: Blob,
  member: ZipMember,
  budget: ZipBudget,
  limits: LogLimits,
  state: MemberState,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const damaged = (detail: string) => state.problems.push({ code: 'zip-member-damaged', severity: 'damage', name: member.name, detail });
  if (member.flags & 0x1) {
    state.problems.push({ code: 'zip-encrypted', severity: 'damage', name: member.name });
    state.cut = true;
    return;
  }
  if (member.method !== 0 && member.method !== 8) {
    state.problems.push({ code: 'zip-method', severity: 'damage', name: member.name, detail: `method ${member.method}` });
    state.cut = true;
    return;
  }
  const h = await readRange(blob, member.offset, member.offset + 30);
  const hv = new DataView(h.buffer, h.byteOffset, h.byteLength);
  if (h.length < 30 || hv.getUint32(0, true) !== SIG_LOCAL) {
    damaged(`no local header at ${member.offset}`);
    state.cut = true;
    return;
  }
  const start = member.offset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
  const end = Math.min(blob.size, start + member.csize);
  if (end < start + member.csize) damaged('the zip ends inside this member');

  let crc = 0;
  let compressedRead = 0;
  let stopped = false;
  const produced: Uint8Array[] = [];
  const inflater = member.method === 8 ? new Inflate((data) => produced.push(data)) : undefined;

  /** Checks the caps for a piece about to be handed on; false stops the member. */
  const admit = (piece: Uint8Array): boolean => {
    state.bytes += piece.length;
    budget.remaining -= piece.length;
    if (budget.remaining < 0) {
      if (!budget.capped) state.problems.push({ code: 'zip-total-cap', severity: 'damage', name: member.name, limit: limits.zipTotalBytes });
      budget.capped = true;
      return false;
    }
    if (state.bytes > limits.zipRatioAfter && state.bytes / Math.max(1, compressedRead) > limits.zipRatio) {
      state.problems.push({ code: 'zip-ratio-cap', severity: 'damage', name: member.name, limit: limits.zipRatio });
      return false;
    }
    crc = crc32(piece, 0, piece.length, crc);
    return true;
  };

  const reader = blob.slice(start, end).stream().getReader();
  try {
    outer: for (;;) {
      if (signal?.aborted) {
        stopped = true;
        break;
      }
      const { done, value } = await reader.read();
      if (done) {
        if (inflater) {
          try {
            inflater.push(new Uint8Array(0), true);
          } catch (e) {
            damaged(e instanceof Error ? e.message : String(e));
            stopped = true;
          }
          for (const out of produced.splice(0)) {
            if (!admit(out)) {
              stopped = true;
              break outer;
            }
            yield out;
          }
        }
        break;
      }
      for (let q = 0; q < value.length; q += INFLATE_PIECE) {
        const piece = value.subarray(q, Math.min(value.length, q + INFLATE_PIECE));
        compressedRead += piece.length;
        if (!inflater) {
          if (!admit(piece)) {
            stopped = true;
            break outer;
          }
          yield piece;
          continue;
        }
        try {
          inflater.push(piece, false);
        } catch (e) {
          damaged(e instanceof Error ? e.message : String(e));
          stopped = true;
          break outer;
        }
        for (const out of produced.splice(0)) {
          if (!admit(out)) {
            stopped = true;
            break outer;
          }
          yield out;
        }
      }
    }
  } finally {
    reader.releaseLock();
  }
  if (stopped) {
    state.cut = true;
    return;
  }
  if (member.usize !== 0xffffffff && state.bytes !== member.usize) damaged(`${state.bytes} bytes inflated, the zip says ${member.usize}`);
  else if ((crc >>> 0) !== member.crc) damaged(`CRC-32 0x${(crc >>> 0).toString(16)}, the zip says 0x${member.crc.toString(16)}`);
}

/** Members that may hold logs: event logs, exports, nested zips; in any folder, any case. */
export function isLogCandidate(name: string): boolean {
  return !name.endsWith('/') && /\.(evtx|xml|csv|txt|zip)$/i.test(name);
}
