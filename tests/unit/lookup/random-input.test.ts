/**
 * The real engine, with the real entries and vocabulary, on a few hundred generated inputs that mix what
 * people paste: entry words, run-together setting names, host names, codes, numbers, markup and stray
 * Unicode. Seeded, so a failure names an input that can be replayed. No answer is asserted, only that
 * every input gets one (never a thrown error, never the engine's own "error" status) and that a text
 * match carries the words it matched.
 */
import { describe, expect, it } from 'vitest';
import { getLookupRecords, getLookupVocabulary } from '@/lib/lookup/corpus';
import { createLookupEngine } from '@/lib/lookup/engine';

/** mulberry32: a small, well-known seeded generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'Defender', 'passive', 'mode', 'serveur', 'server 2016', 'DisableAntiVirus', 'DisableEnterpriseAuthProxy', 'ForceDefenderPasiveMode',
  'settings-win.data.microsoft.com', 'winatp-gw', 'mssense.exe', '4.18.2007.8', '0x87D1FDE8', '-2016281112', 'SyncML(425)', 'event 5',
  'SENSE', 'diagtrack service', 'hors ligne', 'ligne de commande', 'retrait', 'just', 'troubleshoot', 'working again', 'AV', 'proxy',
  '2019', 'r2', 'é', 'ß', '🔥', '\u0000', '\ud800', '<b>', '{{x}}', '$(x)', '%1', '\\', '"', "l'", '…', '\n', '\t', '  ',
];

describe('lookup on generated input (real entries and vocabulary)', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`answers every one of 400 mixed inputs in ${lang}`, () => {
      const engine = createLookupEngine(getLookupRecords(lang), { vocabulary: getLookupVocabulary() });
      const next = generator(lang === 'fr' ? 1 : 2);
      for (let i = 0; i < 400; i++) {
        const n = 1 + Math.floor(next() * 12);
        const parts: string[] = [];
        for (let j = 0; j < n; j++) {
          const r = next();
          // Mostly known pieces; sometimes a run-together pair, sometimes random letters.
          if (r < 0.7) parts.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
          else if (r < 0.85) parts.push((PIECES[Math.floor(next() * PIECES.length)] ?? '') + (PIECES[Math.floor(next() * PIECES.length)] ?? ''));
          else parts.push(Array.from({ length: 1 + Math.floor(next() * 60) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join(''));
        }
        const input = parts.join(next() < 0.5 ? ' ' : '');
        const response = engine.lookup(input);
        expect(['empty', 'found', 'ambiguous', 'none'], JSON.stringify(input)).toContain(response.status);
        for (const result of response.results) if (result.match === 'text') expect(result.matchedOn, JSON.stringify(input)).not.toBe('');
      }
    });
  }
});
