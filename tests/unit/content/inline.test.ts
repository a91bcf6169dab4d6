import { describe, expect, it } from 'vitest';
import { inlineToPlainText, parseInline } from '@/lib/text/inline';
import { markdownToPlainText } from '@/lib/text/markdown';

describe('parseInline', () => {
  it('parses bold, code, emphasis and links', () => {
    expect(parseInline('Lancez **`sc query sense`** puis voir [le guide](/fr/guide-antivirus-policy#step-2).')).toEqual([
      { type: 'text', value: 'Lancez ' },
      { type: 'strong', children: [{ type: 'code', value: 'sc query sense' }] },
      { type: 'text', value: ' puis voir ' },
      { type: 'link', href: '/fr/guide-antivirus-policy#step-2', children: [{ type: 'text', value: 'le guide' }] },
      { type: 'text', value: '.' },
    ]);
    expect(parseInline('état *« Pending_Stopped »*')).toEqual([
      { type: 'text', value: 'état ' },
      { type: 'em', children: [{ type: 'text', value: '« Pending_Stopped »' }] },
    ]);
  });

  it('keeps literal XML, braces, snake_case and lone markers as text', () => {
    const xml = '<Key Path="SOFTWARE\\Policies"><KeyValue Name="DisableAntiSpyware"/></Key> {x} Pending_Stopped 2*3 *';
    expect(inlineToPlainText(parseInline(xml))).toBe(xml);
    expect(parseInline(xml).every((n) => n.type === 'text')).toBe(true);
  });

  it('refuses unsafe link targets, leaving them as text', () => {
    const nodes = parseInline('[clic](javascript:alert(1))');
    expect(nodes.some((n) => n.type === 'link')).toBe(false);
    expect(inlineToPlainText(nodes)).toBe('[clic](javascript:alert(1))');
  });

  it('keeps an unclosed code span literal', () => {
    expect(inlineToPlainText(parseInline('a `b'))).toBe('a `b');
  });
});

describe('markdownToPlainText', () => {
  it('drops markup but keeps code text, XML literals in code included', () => {
    expect(markdownToPlainText('## Titre\n\nLancez **`sc qc diagtrack`** et [voir](/fr/x).\n\n```console\nsc start diagtrack\n```\n')).toBe(
      'Titre\n\nLancez sc qc diagtrack et voir.\n\nsc start diagtrack',
    );
    expect(markdownToPlainText('Entrée `<Key Path="x"/>` ici')).toBe('Entrée <Key Path="x"/> ici');
  });
});
