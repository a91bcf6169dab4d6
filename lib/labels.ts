/**
 * French labels and code forms shown on pages, cards and in the CLI, kept in
 * one place so every surface names things the same way.
 */
import type { EntryKind } from './content/schema';

export const KIND_LABELS: Record<EntryKind, { singular: string; plural: string; description: string }> = {
  'script-event': {
    singular: 'Événement du script d’intégration',
    plural: 'Événements du script d’intégration',
    description: 'Source WDATPOnboarding, dans Journaux Windows > Application : le résultat du script d’intégration.',
  },
  'sense-event': {
    singular: 'Événement SENSE',
    plural: 'Événements SENSE',
    description: 'Journal Microsoft > Windows > SENSE > Opérationnel : les erreurs du capteur sur l’appareil.',
  },
  'intune-error': {
    singular: 'Code d’erreur Intune',
    plural: 'Codes d’erreur Intune',
    description: 'Codes affichés par Microsoft Intune, selon l’OMA-URI en échec.',
  },
  'mdm-event': {
    singular: 'Événement MDM',
    plural: 'Événements MDM',
    description: 'Journal DeviceManagement-Enterprise-Diagnostics-Provider (Administration).',
  },
  'compliance-case': {
    singular: 'Cas de non-conformité Intune',
    plural: 'Cas de non-conformité Intune',
    description: 'Appareils signalés non conformes par Intune alors que l’intégration semble faite.',
  },
  guide: {
    singular: 'Guide',
    plural: 'Guides et procédures',
    description: 'Procédures de vérification et de correction, pas à pas.',
  },
};

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
};

/** The short code people search for: "SENSE 15", "0x87D1FDE8", "Cas 2". */
export function shortCode(entry: Codeable): string | undefined {
  switch (entry.kind) {
    case 'script-event':
      return `Script ${entry.eventId}`;
    case 'sense-event':
      return `SENSE ${entry.eventId}`;
    case 'mdm-event':
      return `MDM ${entry.eventId}`;
    case 'intune-error':
      return entry.codes?.hex;
    case 'compliance-case':
      return `Cas ${entry.caseNumber}`;
    case 'guide':
      return undefined;
  }
}

/** Every code badge of an entry, in the order they are shown. */
export function codeBadges(entry: Codeable): string[] {
  if (entry.codes) {
    const forms = codeForms(entry.codes.hex);
    return [
      forms.hex,
      String(forms.signed),
      String(forms.unsigned),
      ...(entry.codes.syncml !== undefined ? [`SyncML(${entry.codes.syncml})`] : []),
    ];
  }
  if (entry.eventId !== undefined) return [`ID ${entry.eventId}`];
  if (entry.caseNumber !== undefined) return [`Cas ${entry.caseNumber}`];
  return [];
}
