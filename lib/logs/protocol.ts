/** Messages between the page and the log worker (worker.ts). Plain data: Blobs and Files clone across. */
import type { Lang } from '../content/schema';
import type { LookupRecord } from '../lookup/types';
import type { LogInput, LogLimits, LogProgress, LogReport } from './types';

export type WorkerRequest =
  | { type: 'read'; id: number; inputs: LogInput[]; records: LookupRecord[]; lang: Lang; limits?: Partial<LogLimits> }
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; progress: LogProgress }
  | { type: 'done'; id: number; report: LogReport; cancelled: boolean }
  | { type: 'failed'; id: number; message: string };
