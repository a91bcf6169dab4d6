/**
 * What both corpus tests (French and English) check against: the 44 public
 * ids the two source articles define, and the flattening of an entry into
 * every string it carries. One list, so the two editions cannot drift apart.
 */
import literals from './catalogue-literals.json';

export const PUBLIC_IDS = [
  ...[5, 10, 15, 30, 35, 40, 65].map((n) => `script-event-${n}`),
  ...[5, 6, 7, 9, 10, 15, 17, 25, 27, 29, 30, 32, 55, 63, 64, 68, 69].map((n) => `sense-event-${n}`),
  'intune-error-0x87d1fde8',
  'intune-error-0x87d101a9',
  'mdm-event-1819',
  'compliance-case-1',
  'compliance-case-2',
  'compliance-case-3',
  'guide-group-policy-deployment',
  'guide-configuration-manager-deployment',
  'guide-script-deployment',
  'guide-intune-deployment',
  'guide-sense-event-log',
  'guide-diagnostic-data-service',
  'guide-internet-connectivity',
  'guide-antivirus-policy',
  'guide-server-onboarding',
  'guide-newly-built-devices',
  'guide-antivirus-uninstalled-server',
  'guide-passive-mode',
  'guide-stuck-passive-mode',
  'guide-reenable-antivirus-server-2016',
];

/**
 * Every public id: the 44 of the two seed articles, one per SENSE event of
 * Microsoft's table and of the provider, the System-log event, and one per
 * exit code Install.ps1 raises (see catalogue.test.ts for their literals).
 */
export const ALL_IDS = [
  ...new Set([
    ...PUBLIC_IDS,
    ...[...Object.keys(literals.operational), ...Object.keys(literals.provider)].map((id) => `sense-event-${id}`),
    'sense-ndr-pktmon-event-1',
    ...Object.keys(literals.installer).map((code) => `installer-exit-${code}`),
  ]),
];

/** The seed articles' entries: their messages are checked against the seed's literal facts. */
export const SEED_IDS = new Set(PUBLIC_IDS);

/** Every string an entry carries (frontmatter values and body), as parsed. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}
