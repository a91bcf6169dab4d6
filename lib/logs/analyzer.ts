/**
 * The Client Analyzer's own results, SystemInfoLogs/MDEClientAnalyzer.xml:
 * `<MDEResults>…<events><event id="…"><severity/><category/><check/>
 * <checkresult/><guidance/></event>`. Kept as the tool wrote them (its
 * check IDs are not event IDs of our entries); HTML in the texts is reduced
 * to plain text, links as "text (url)".
 */
import { MAX_FINDINGS } from './limits';
import type { AnalyzerFinding } from './types';
import { child, decodeEntities, parseXml, type XNode } from './xml';

export function plainText(html: string): string {
  const text = html
    .replace(/<a\b[^>]*?href=['"]([^'"]+)['"][^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, inner: string) => `${inner.replace(/<[^>]+>/g, '').trim()} (${href})`)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function find(nodes: readonly XNode[], name: string): XNode | undefined {
  for (const n of nodes) {
    if (n.name === name) return n;
    const deeper = find(n.children, name);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The findings, errors first, then warnings, then the rest, each in the tool's order. Throws on malformed XML. */
export function analyzerFindings(xml: string): AnalyzerFinding[] {
  const root = find(parseXml(xml), 'MDEResults');
  const events = child(root, 'events');
  const findings: AnalyzerFinding[] = [];
  for (const e of events?.children ?? []) {
    if (e.name !== 'event' || findings.length >= MAX_FINDINGS) continue;
    const text = (name: string) => plainText(child(e, name)?.text ?? '');
    findings.push({
      id: e.attrs.id ?? '',
      severity: text('severity'),
      category: text('category'),
      check: text('check'),
      result: text('checkresult'),
      guidance: text('guidance'),
    });
  }
  const rank = (s: string) => (/^error/i.test(s) ? 0 : /^warn/i.test(s) ? 1 : 2);
  return findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.severity) - rank(b.f.severity) || a.i - b.i).map((x) => x.f);
}
