/**
 * Which events can be one of our entries: the one table that says, for each
 * entry kind, which providers (as EVTX/XML name them, and as Event Viewer's
 * CSV and text exports show them) and which channels its events come from.
 * An event is an entry when its provider is listed for a kind, its channel
 * (when the file says) is that kind's, and an entry of that kind has its ID.
 * Everything else — SENSEIR, other MDM events, another source's event 35 —
 * is summarised as "other events".
 */
import type { EntryKind } from '../content/schema';

export type SourceRule = {
  kind: EntryKind;
  /** Provider names, compared case-insensitively. */
  providers: readonly string[];
  /** Channels the events are logged in; an event whose channel is unknown (CSV, text) passes on its provider. */
  channels: readonly string[];
};

export const SOURCE_RULES: readonly SourceRule[] = [
  {
    kind: 'sense-event',
    providers: ['Microsoft-Windows-SENSE', 'SENSE'],
    channels: ['Microsoft-Windows-SENSE/Operational'],
  },
  {
    kind: 'script-event',
    providers: ['WDATPOnboarding'],
    channels: ['Application'],
  },
  {
    kind: 'mdm-event',
    providers: ['Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider', 'DeviceManagement-Enterprise-Diagnostics-Provider'],
    channels: ['Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin'],
  },
];

type CompiledRules = Map<string, { kind: EntryKind; channels: ReadonlySet<string> }>;

let compiled: CompiledRules | undefined;

function rules(): CompiledRules {
  if (!compiled) {
    compiled = new Map();
    for (const r of SOURCE_RULES) {
      const channels = new Set(r.channels.map((c) => c.toLowerCase()));
      for (const p of r.providers) compiled.set(p.toLowerCase(), { kind: r.kind, channels });
    }
  }
  return compiled;
}

/** Answers per provider and channel as written, so a large log does not lower-case every event's names. */
const memo = new Map<string, Map<string, EntryKind | null>>();
const MEMO_PROVIDERS = 4096;

/** The entry kind an event's source points at, or undefined (not one of ours, or logged in another channel). */
export function kindOfSource(provider: string | undefined, channel: string | undefined): EntryKind | undefined {
  if (!provider) return undefined;
  let byChannel = memo.get(provider);
  const known = byChannel?.get(channel ?? '');
  if (known !== undefined) return known ?? undefined;
  const kind = computeKind(provider, channel);
  if (!byChannel && memo.size < MEMO_PROVIDERS) memo.set(provider, (byChannel = new Map()));
  if (byChannel && byChannel.size < 64) byChannel.set(channel ?? '', kind ?? null);
  return kind;
}

function computeKind(provider: string, channel: string | undefined): EntryKind | undefined {
  const rule = rules().get(provider.toLowerCase());
  if (!rule) return undefined;
  if (channel && !rule.channels.has(channel.toLowerCase())) return undefined;
  return rule.kind;
}
