/**
 * How much work a record and a file may cost, whatever their BinXML says.
 *
 * BinXML shares: a template can refer to one substitution value many times,
 * and that value can be nested BinXML doing the same, so a record of a few
 * hundred bytes can stand for copies^levels elements (10 copies, 7 levels:
 * 10⁷). Parsing stays cheap, since nodes are shared; walking them is not.
 * Depth caps do not catch this (the depth is small), so every walk that
 * expands a record pays from two budgets:
 *
 * - per record: a real event is tens of nodes; a record past RECORD_NODES
 *   fails on its own ("expands to more than … nodes") and the walk goes on;
 * - per file: a real log needs far under one node per byte; once the work
 *   passes FILE_NODES_BASE plus one node per byte read, the file is given up
 *   with what was read so far, so a crafted file ends in well under a second
 *   and in a few tens of MB, in the CLI and in the browser's worker alike.
 */
import { EvtxFormatError } from './bytes';

export const RECORD_NODES = 16_384;
export const FILE_NODES_BASE = 1_000_000;

/** Thrown when the file's budget is spent: ends the whole parse, keeping what was read. */
export class EvtxBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvtxBudgetError';
  }
}

export class ExpansionBudget {
  private recordLeft = RECORD_NODES;
  private fileLeft = FILE_NODES_BASE;
  /** Set once the file's budget is spent; the parser stops there. */
  exhausted = false;

  /** Each chunk read earns the file one node per byte. */
  grant(bytes: number): void {
    this.fileLeft += bytes;
  }

  startRecord(): void {
    this.recordLeft = RECORD_NODES;
  }

  /** Pays for `n` nodes visited or produced. */
  spend(n: number): void {
    this.recordLeft -= n;
    this.fileLeft -= n;
    if (this.fileLeft < 0) {
      this.exhausted = true;
      throw new EvtxBudgetError(
        `reading stopped: the records expand to far more XML nodes than a log of this size holds (a crafted or damaged file); records after this one are not read`,
      );
    }
    if (this.recordLeft < 0) throw new EvtxFormatError(`record expands to more than ${RECORD_NODES} XML nodes (shared BinXML values repeated too often)`);
  }
}
