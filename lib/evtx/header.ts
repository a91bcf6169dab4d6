/** The EVTX file header: "ElfFile\0", 4096 bytes, CRC32 over the first 120. */
import { u64 } from './bytes';
import { crc32 } from './crc32';
import type { EvtxFileHeader, EvtxHeaderResult } from './types';

export const FILE_HEADER_SIZE = 4096;
const MAGIC = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // "ElfFile\0"
const KNOWN_FLAGS = 0x1 | 0x2 | 0x4;

function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Whether `bytes` starts like an EVTX file (at least the signature's first bytes match). */
export function hasEvtxSignature(bytes: Uint8Array): boolean {
  const n = Math.min(8, bytes.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== MAGIC[i]) return false;
  return true;
}

/**
 * Reads the file header from the first 4096 bytes (more may be passed).
 * Returns an error, never throws, for an empty, short or foreign file; the
 * problems list what is odd but not fatal (bad CRC32, unknown flags).
 */
export function readEvtxHeader(bytes: Uint8Array): EvtxHeaderResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file: not an EVTX file' };
  if (!hasEvtxSignature(bytes)) {
    const head = hexBytes(bytes.subarray(0, Math.min(8, bytes.length)));
    return { ok: false, error: `not an EVTX file: it does not start with the signature "ElfFile\\0" (starts with ${head})` };
  }
  if (bytes.length < FILE_HEADER_SIZE) {
    return {
      ok: false,
      error: `truncated EVTX file: the file header takes ${FILE_HEADER_SIZE} bytes, the file has ${bytes.length}`,
    };
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, FILE_HEADER_SIZE);
  const flags = dv.getUint32(120, true);
  const checksum = dv.getUint32(124, true);
  const noCrc32 = (flags & 0x4) !== 0;
  const computed = crc32(bytes, 0, 120);
  const header: EvtxFileHeader = {
    firstChunkNumber: u64(dv, 8),
    lastChunkNumber: u64(dv, 16),
    nextRecordId: u64(dv, 24),
    headerSize: dv.getUint32(32, true),
    minorVersion: dv.getUint16(36, true),
    majorVersion: dv.getUint16(38, true),
    headerBlockSize: dv.getUint16(40, true),
    chunkCount: dv.getUint16(42, true),
    flags,
    dirty: (flags & 0x1) !== 0,
    full: (flags & 0x2) !== 0,
    noCrc32,
    checksum,
    checksumValid: noCrc32 || computed === checksum,
  };
  const problems: string[] = [];
  if (!header.checksumValid) {
    problems.push(`file header CRC32 mismatch (stored 0x${checksum.toString(16)}, computed 0x${computed.toString(16)})`);
  }
  if ((flags & ~KNOWN_FLAGS) !== 0) problems.push(`file header has unknown flags 0x${flags.toString(16)}`);
  if (header.majorVersion !== 3) problems.push(`unexpected format version ${header.majorVersion}.${header.minorVersion}`);
  if (header.headerBlockSize !== FILE_HEADER_SIZE) {
    problems.push(`file header block size is ${header.headerBlockSize}, expected ${FILE_HEADER_SIZE}; chunks read from ${FILE_HEADER_SIZE}`);
  }
  return { ok: true, header, problems };
}
