/**
 * Values read from an event: its insertion strings named after the entry's
 * message template ("Name: %1, actual start type: %2" → Name = DiagTrack,
 * Actual start type = Disabled), or, when the file has only the rendered
 * message (CSV, text), the values the lookup's own message expressions read
 * from it.
 */
import type { Lang } from '../content/schema';
import { normalizeWithMap } from '../lookup/normalize';
import { createTemplateMatcher, valueName, type TemplateMatcher } from '../lookup/templates';
import type { ExtractedValue, LookupRecord } from '../lookup/types';
import type { LogEvent } from './types';
import { logsDictionary } from '../i18n/logs';

/** A value longer than this is cut (an insertion string can hold a whole XML document). */
export const MAX_VALUE_CHARS = 500;

/** Placeholders of a message template, in order: `%n` names insertion string n, `_variable_` the next one. */
const PLACEHOLDER = /%([1-9][0-9]?)|_variable_|\$\(build\.sense\.productDisplayName\)|(?<=:\s*)variable(?=\s*\.?\s*$)/g;

export type Slot = { index: number; name: string | undefined };

/**
 * The insertion strings a template names, with the label the template gives
 * each (undefined when the words before the placeholder say nothing).
 */
export function templateSlots(template: string): Slot[] {
  const slots: Slot[] = [];
  let next = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m[0].startsWith('$(')) continue; // the product's display name, filled in at build time
    const index = m[1] !== undefined ? Number(m[1]) - 1 : next;
    next = index + 1;
    const before = template.slice(0, m.index);
    const segment = before
      .replace(/[\s(:]+$/u, '')
      .split(/[.,;]/)
      .pop()
      ?.trim();
    slots.push({ index, name: segment && /[\p{L}\p{N}]/u.test(segment) ? valueName(before) : undefined });
  }
  return slots;
}

function cut(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS - 1)}…` : flat;
}

export type ValueReader = {
  /** The values of an event matched to `record`, labelled in the reader's language. */
  read(event: LogEvent, record: LookupRecord): ExtractedValue[];
};

export function createValueReader(records: readonly LookupRecord[], lang: Lang): ValueReader {
  const t = logsDictionary(lang);
  const slotsCache = new Map<string, Slot[]>();
  let matcher: TemplateMatcher | undefined;
  const slotsOf = (record: LookupRecord): Slot[] => {
    let slots = slotsCache.get(record.id);
    if (!slots) {
      const template = record.messages[lang][0] ?? record.messages.en[0] ?? record.messages.fr[0];
      slots = template ? templateSlots(template) : [];
      slotsCache.set(record.id, slots);
    }
    return slots;
  };
  return {
    read(event, record) {
      const out: ExtractedValue[] = [];
      const data = event.data;
      if (data.length) {
        const named = new Set<number>();
        for (const slot of slotsOf(record)) {
          const item = data[slot.index];
          if (!item || named.has(slot.index)) continue;
          named.add(slot.index);
          const value = cut(item.value);
          if (value) out.push({ name: slot.name ?? item.name ?? t.insertion(slot.index + 1), value });
        }
        data.forEach((item, i) => {
          if (named.has(i)) return;
          const value = cut(item.value);
          if (value) out.push({ name: item.name ?? t.insertion(i + 1), value });
        });
        return out;
      }
      if (event.message) {
        matcher ??= createTemplateMatcher([...records]);
        const hits = matcher.match(normalizeWithMap(event.message.slice(0, 4000)));
        const hit = hits.find((h) => h.recordId === record.id);
        // The message may be in the other language: name its values after the reader's template when they line up.
        const slots = slotsOf(record);
        const relabel = hit !== undefined && hit.values.length === slots.length;
        hit?.values.forEach((v, i) => out.push({ name: (relabel ? slots[i]?.name : undefined) ?? v.name, value: cut(v.value) }));
      }
      return out;
    },
  };
}
