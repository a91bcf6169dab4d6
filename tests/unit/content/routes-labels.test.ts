import { describe, expect, it } from 'vitest';
import { codeBadges, codeForms, shortCode } from '@/lib/labels';
import { anchorPath, categoryPath, entryPath, kindFromCategorySlug, lookupPath, parseInternalHref } from '@/lib/routes';
import { ENTRY_KINDS } from '@/lib/content/schema';

describe('routes', () => {
  it('builds the stable public URLs', () => {
    expect(entryPath('sense-event-15')).toBe('/fr/sense-event-15');
    expect(anchorPath('guide-newly-built-devices', 'step-8')).toBe('/fr/guide-newly-built-devices#step-8');
    expect(categoryPath('intune-error')).toBe('/fr/categories/intune-errors');
    expect(lookupPath('SyncML(425) & é')).toBe('/fr/recherche?q=SyncML(425)%20%26%20%C3%A9');
    expect(lookupPath()).toBe('/fr/recherche');
  });

  it('round-trips every category slug', () => {
    for (const kind of ENTRY_KINDS) expect(kindFromCategorySlug(categoryPath(kind).split('/').pop() ?? '')).toBe(kind);
    expect(kindFromCategorySlug('nope')).toBeUndefined();
  });

  it('parses internal hrefs and ignores external ones', () => {
    expect(parseInternalHref('/fr/x#step-2')).toEqual({ path: '/fr/x', anchor: 'step-2' });
    expect(parseInternalHref('/fr/recherche?q=1')).toEqual({ path: '/fr/recherche' });
    expect(parseInternalHref('https://learn.microsoft.com')).toBeUndefined();
    expect(parseInternalHref('//evil.example')).toBeUndefined();
  });
});

describe('labels', () => {
  it('gives the three forms of a 32-bit code', () => {
    expect(codeForms('0x87d1fde8')).toEqual({ hex: '0x87D1FDE8', signed: -2016281112, unsigned: 2278686184 });
    expect(codeForms('0x87D101A9')).toEqual({ hex: '0x87D101A9', signed: -2016345687, unsigned: 2278621609 });
  });

  it('lists badges per kind', () => {
    expect(codeBadges({ kind: 'intune-error', codes: { hex: '0x87D101A9', syncml: 425 } }, 'fr')).toEqual([
      '0x87D101A9',
      '-2016345687',
      '2278621609',
      'SyncML(425)',
    ]);
    expect(codeBadges({ kind: 'sense-event', eventId: 15 }, 'fr')).toEqual(['ID 15']);
    expect(codeBadges({ kind: 'guide' }, 'fr')).toEqual([]);
    expect(shortCode({ kind: 'script-event', eventId: 65 }, 'fr')).toBe('Script 65');
    expect(shortCode({ kind: 'compliance-case', caseNumber: 2 }, 'fr')).toBe('Cas 2');
  });
});

describe('resultPath', () => {
  it('carries the extracted values and the branch', async () => {
    const { resultPath } = await import('@/lib/routes');
    expect(resultPath('/fr/sense-event-5', [{ name: 'URL', value: 'https://x.example/a b' }])).toBe(
      '/fr/sense-event-5?v=URL%3Dhttps%3A%2F%2Fx.example%2Fa+b',
    );
    expect(resultPath('/fr/script-event-15', [], 'cause-elam-disabled')).toBe('/fr/script-event-15#cause-elam-disabled');
  });
});

describe('pagePath: the route a page was rendered for, from the address bar', () => {
  it('drops .html, /index.html and trailing slashes, keeps routes as they are', async () => {
    const { pagePath } = await import('@/lib/base-path');
    expect(pagePath('/en.html')).toBe('/en');
    expect(pagePath('/fr/sense-event-5.html')).toBe('/fr/sense-event-5');
    expect(pagePath('/index.html')).toBe('/');
    expect(pagePath('/fr/')).toBe('/fr');
    expect(pagePath('/')).toBe('/');
    expect(pagePath('/fr/sense-event-5')).toBe('/fr/sense-event-5');
  });
});
