/**
 * Code forms and the short codes shown on pages, cards and in the CLI, kept in
 * one place so every surface names things the same way. Words come from the
 * dictionaries; only the shapes live here.
 */
import type { EntryKind, Lang } from './content/schema';
import { lookupStrings } from './i18n/lookup';

export type CodeForms = { hex: string; signed: number; unsigned: number };

/** The three ways a 32-bit error code is printed (Intune shows hex, logs often the signed decimal). */
export function codeForms(hex: string): CodeForms {
  const unsigned = Number.parseInt(hex, 16) >>> 0;
  return { hex: `0x${unsigned.toString(16).toUpperCase().padStart(8, '0')}`, signed: unsigned | 0, unsigned };
}

type Codeable = {
  kind: EntryKind;
  eventId?: number;
  caseNumber?: number;
  codes?: { hex: string; syncml?: number };
  exitCode?: number;
};

/** The short code people search for: "SENSE 15", "0x87D1FDE8", "Cas 2" / "Case 2". */
export function shortCode(entry: Codeable, lang: Lang): string | undefined {
  const c = lookupStrings(lang).codes;
  switch (entry.kind) {
    case 'script-event':
      return `${c.script} ${entry.eventId}`;
    case 'sense-event':
      return `${c.sense} ${entry.eventId}`;
    case 'mdm-event':
      return `${c.mdm} ${entry.eventId}`;
    case 'intune-error':
      return entry.codes?.hex;
    case 'compliance-case':
      return `${c.case} ${entry.caseNumber}`;
    case 'installer-exit':
      return `${c.installer} ${entry.exitCode}`;
    case 'guide':
      return undefined;
  }
}

/** Every code badge of an entry, in the order they are shown. */
export function codeBadges(entry: Codeable, lang: Lang): string[] {
  const c = lookupStrings(lang).codes;
  if (entry.codes) {
    const forms = codeForms(entry.codes.hex);
    return [
      forms.hex,
      String(forms.signed),
      String(forms.unsigned),
      ...(entry.codes.syncml !== undefined ? [`SyncML(${entry.codes.syncml})`] : []),
    ];
  }
  if (entry.eventId !== undefined) return [`${c.id} ${entry.eventId}`];
  if (entry.exitCode !== undefined) return [`${c.exitCode} ${entry.exitCode}`, `0x${entry.exitCode.toString(16)}`];
  if (entry.caseNumber !== undefined) return [`${c.case} ${entry.caseNumber}`];
  return [];
}
