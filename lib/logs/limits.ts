/** Every cap the log reader applies, in one place (see LogLimits for what each bounds). */
import type { LogLimits } from './types';

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: LogLimits = {
  zipTotalBytes: 2048 * MiB,
  zipRatio: 200,
  zipRatioAfter: 16 * MiB,
  zipEntries: 10_000,
  zipDepth: 1,
  nestedZipBytes: 256 * MiB,
  textRecordChars: 1 * MiB,
  others: 1000,
  timeline: 500,
  values: 50,
};

/** The Client Analyzer's XML is read whole: past this it is not. */
export const MAX_ANALYZER_BYTES = 16 * MiB;
/** Findings kept from it. */
export const MAX_FINDINGS = 500;
