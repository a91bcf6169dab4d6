/**
 * Entry bodies are data: every way a body could carry code is rejected with
 * its line and column, and the renderer never evaluates anything, even when
 * handed a body that skipped validation.
 */
import { evaluate } from '@mdx-js/mdx';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement, type FunctionComponent } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { MdxBody, bodyComponents } from '@/components/MdxBody';
import { MAX_ENTRY_BYTES, checkBody, isAllowedUrl } from '@/lib/content/body';
import { readAllEntries } from '@/lib/content/loader';
import { parseEntryFile } from '@/lib/content/parse';
import { remarkHeadingIds } from '@/lib/content/slug';
import { ALL_IDS } from './corpus-shared';
import { entryFile, validSenseFrontmatter } from './fixtures';

const FILE = 'fr/sense-events/sense-event-5.mdx';
const HEADING = '## Ce que signifie cet événement {#ce-que-signifie-cet-evenement}\n\n';

function problemsOf(body: string): string[] {
  const result = parseEntryFile(entryFile(validSenseFrontmatter(), HEADING + body), FILE, 'fr');
  return result.ok ? [] : result.problems;
}

/** Line of the body's first line after the heading block, in the file entryFile builds. */
const firstBodyLine = entryFile(validSenseFrontmatter(), HEADING).split('\n').length;

function render(body: string, headingIds: string[] = ['ce-que-signifie-cet-evenement']): string {
  return renderToStaticMarkup(createElement(MdxBody, { source: body, headingIds, lang: 'fr' }));
}

describe('checkBody: a body that would run code or inject markup is rejected, with its position', () => {
  const cases: [string, string, RegExp, number][] = [
    ['import', "import fs from 'node:fs'", /import\/export statements are not allowed/, 1],
    ['export', 'export const x = 1', /import\/export statements are not allowed/, 1],
    ['an expression', 'Dossier : {process.env.HOME}.', /JavaScript expressions \(\{…\}\) are not allowed/, 11],
    ['<script>', '<script>alert(1)</script>', /element <script> is not allowed/, 1],
    ['an onerror= attribute', '<img src="x" onerror="alert(1)" />', /<img>: event handler attribute onerror= is not allowed/, 14],
    ['an onerror= on an allowed element', 'Touche <kbd onerror="alert(1)">F5</kbd>', /<kbd>: event handler attribute onerror= is not allowed/, 13],
    ['an unclosed brace', 'Texte {ouvert', /cannot be parsed: .*closing brace/, 14],
    ['a javascript: link', '[clic](javascript:alert(1))', /link to "javascript:alert\(1\)": only http\(s\) and relative URLs are allowed/, 1],
    ['a javascript: link definition', '[x]: JavaScript:alert(1)\n\n[clic][x]', /link to "JavaScript:alert\(1\)"/, 1],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /image to "data:/, 1],
    ['an attribute expression', '<abbr title={globalThis.x}>A</abbr>', /attribute title= must be a plain string/, 7],
    ['a spread attribute', '<kbd {...globalThis}>A</kbd>', /spread attributes/, 6],
    ['raw HTML outside the allowlist', '<iframe src="https://example.com" />', /element <iframe> is not allowed/, 1],
  ];
  for (const [name, body, reason, column] of cases) {
    it(`rejects ${name} at file:line:column`, () => {
      const problems = problemsOf(`Texte.\n\n${body}\n`);
      const line = firstBodyLine + 2;
      expect(problems.length, problems.join('\n')).toBeGreaterThan(0);
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${FILE.replace(/\./g, '\\.')}:${line}:${column}: body: `)));
      expect(problems.join('\n')).toMatch(reason);
    });
  }

  it('accepts the allowlisted elements with their plain attributes, and http(s), relative and fragment links', () => {
    const body = 'Appuyez sur <kbd>F5</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <abbr title="Microsoft Defender for Endpoint">MDE</abbr>.<br />\n\n[a](https://learn.microsoft.com/) [b](http://example.com) [c](/fr/sense-event-5#step-1) [d](#ce-que-signifie-cet-evenement)\n';
    expect(checkBody(body)).toEqual([]);
  });

  it('allows only http(s) and site-relative URLs', () => {
    for (const ok of ['https://a.b/c', 'http://a', '/fr/x', '#step-1', 'x', '?q=1']) expect(isAllowedUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java\nscript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', '\\\\host\\share', 'mailto:a@b']) {
      expect(isAllowedUrl(bad), bad).toBe(false);
    }
  });

  it(`rejects an entry over ${MAX_ENTRY_BYTES / 1024} KB with its size and the limit, before parsing it`, () => {
    const huge = entryFile(validSenseFrontmatter(), HEADING + 'x'.repeat(5 * 1024 * 1024));
    const started = performance.now();
    const result = parseEntryFile(huge, FILE, 'fr');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(new RegExp(`^${FILE.replace(/\./g, '\\.')}:1:1: size: 5\\.0 MB \\(\\d+ bytes\\) is over the limit of 256 KB \\(262144 bytes\\)$`)),
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts an entry just under the limit', () => {
    const head = entryFile(validSenseFrontmatter(), HEADING);
    const text = head + 'x'.repeat(MAX_ENTRY_BYTES - new TextEncoder().encode(head).length - 1) + '\n';
    expect(parseEntryFile(text, FILE, 'fr').ok).toBe(true);
  });

  it('accepts a byte-order mark, CRLF line ends, and both, with positions still counted in lines of the file', () => {
    const text = entryFile(validSenseFrontmatter(), `${HEADING}Texte.\n`);
    for (const variant of [`\uFEFF${text}`, text.replace(/\n/g, '\r\n'), `\uFEFF${text.replace(/\n/g, '\r\n')}`]) {
      const result = parseEntryFile(variant, FILE, 'fr');
      expect(result.ok ? result.entry.headings.map((h) => h.id) : result.problems).toEqual(['ce-que-signifie-cet-evenement']);
    }
    const bad = `\uFEFF${entryFile(validSenseFrontmatter(), `${HEADING}Texte {process.env.HOME}.\n`).replace(/\n/g, '\r\n')}`;
    const result = parseEntryFile(bad, FILE, 'fr');
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(new RegExp(`:${firstBodyLine}:7: body: JavaScript expressions`))]);
  });
});

describe('nothing in a body ever runs', () => {
  const marker = join(tmpdir(), `mde-body-ran-${process.pid}`);
  const sideEffects = [
    `{require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}`,
    `{(() => { globalThis.__mdeBodyRan = true; return 'ran' })()}`,
    `export const x = (globalThis.__mdeBodyRan = true)`,
    `import 'data:text/javascript,globalThis.__mdeBodyRan=true'`,
    `<abbr title={(globalThis.__mdeBodyRan = true)}>A</abbr>`,
    `<script>{globalThis.__mdeBodyRan = true}</script>`,
  ];

  it('rejects every side-effecting body in validation, and validation itself runs none of them', () => {
    rmSync(marker, { force: true });
    delete (globalThis as { __mdeBodyRan?: boolean }).__mdeBodyRan;
    for (const body of sideEffects) expect(problemsOf(`${body}\n`).length, body).toBeGreaterThan(0);
    expect(existsSync(marker)).toBe(false);
    expect((globalThis as { __mdeBodyRan?: boolean }).__mdeBodyRan).toBeUndefined();
  });

  it('renders a body that skipped validation without running it or emitting its code, markup or URLs', () => {
    rmSync(marker, { force: true });
    const html = render(
      [...sideEffects, '<img src="x" onerror="globalThis.__mdeBodyRan = true" />', '[clic](javascript:alert(1))', '<div dangerouslySetInnerHTML="<script>x</script>" />', 'Texte sûr.'].join('\n\n'),
    );
    expect(existsSync(marker)).toBe(false);
    expect((globalThis as { __mdeBodyRan?: boolean }).__mdeBodyRan).toBeUndefined();
    expect(html).not.toMatch(/<script|onerror|javascript:|<img|<div|\bran\b/i);
    expect(html).toContain('Texte sûr.');
  });

  it('no module that renders or validates content can compile or evaluate MDX', () => {
    const sources = ['components', 'lib', 'app', 'bin'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && /\.(tsx?|js|mjs)$/.test(d.name))
        .map((d) => join(d.parentPath, d.name)),
    );
    const offenders = sources.filter((f) => /@mdx-js\/mdx|\bnew Function\b|\beval\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the existing content renders as it did with MDX', () => {
  /** The renderer the portal had: @mdx-js/mdx's evaluate, with the same components. Kept here only to prove equality. */
  async function renderWithMdx(source: string, ids: string[], lang: 'fr' | 'en'): Promise<string> {
    const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm, [remarkHeadingIds, { ids }]] } as Parameters<typeof evaluate>[1]);
    return renderToStaticMarkup(createElement(Content as FunctionComponent<{ components: unknown }>, { components: bodyComponents(lang) }));
  }

  it('every body of content/fr and content/en gives the same HTML (headings, ids, lists, links)', async () => {
    const all = readAllEntries();
    let compared = 0;
    for (const lang of ['fr', 'en'] as const) {
      for (const e of all[lang]) {
        const ids = e.headings.map((h) => h.id);
        const after = renderToStaticMarkup(createElement(MdxBody, { source: e.body, headingIds: ids, lang }));
        expect(after, e.file).toBe(await renderWithMdx(e.body, ids, lang));
        compared++;
      }
    }
    expect(compared).toBe(2 * ALL_IDS.length);
  });

  it('a body with a table, code blocks, nested lists, emphasis and every kind of link gives the same HTML', async () => {
    const body = [
      '## Tableau {#tableau}',
      '',
      '| Code | Sens |',
      '| :--- | ---: |',
      '| `0x87D1FDE8` | **Échec** de la *correction* |',
      '',
      '### Commandes {#commandes}',
      '',
      '```powershell',
      'Get-Service -Name sense',
      '```',
      '',
      '```cmd',
      'sc query sense',
      '```',
      '',
      '1. un',
      '   - a',
      '   - b',
      '2. deux',
      '',
      '- [lien interne](/fr/sense-event-5#step-1), [ancre](#tableau), [externe](https://learn.microsoft.com/fr-fr/), ~~barré~~',
      '',
      '> Citation avec <kbd>Ctrl</kbd>+<kbd>C</kbd>.',
      '',
    ].join('\n');
    const { body: stripped, headings } = (await import('@/lib/content/parse')).extractHeadings(body);
    expect(checkBody(stripped)).toEqual([]);
    const ids = headings.map((h) => h.id);
    const html = renderToStaticMarkup(createElement(MdxBody, { source: stripped, headingIds: ids, lang: 'fr' }));
    // One deliberate difference: column alignment is an align attribute, not a style attribute (the CSP allows no inline style).
    const mdx = (await renderWithMdx(stripped, ids, 'fr')).replace(/ style="text-align:(left|right|center)"/g, ' align="$1"');
    expect(html).toBe(mdx);
    expect(html).toMatch(/<h2 id="tableau">Tableau<a href="#tableau"/);
    expect(html).toMatch(/<h3 id="commandes">/);
    expect(html).toMatch(/<table>[\s\S]*<th align="left">Code<\/th>[\s\S]*<td align="right"><strong>Échec<\/strong>/);
    expect(html).toMatch(/data-code-type="powershell"[\s\S]*?<code>Get-Service -Name sense<\/code>/);
    expect(html).toMatch(/data-code-type="cmd"[\s\S]*<code>sc query sense<\/code>/);
    expect(html).toMatch(/<ol>\s*<li>un\s*<ul>\s*<li>a<\/li>/);
    expect(html).toContain('<a href="/fr/sense-event-5#step-1">lien interne</a>');
    expect(html).toContain('<a href="https://learn.microsoft.com/fr-fr/" rel="noreferrer">externe</a>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<del>barré</del>');
  });
});

describe('frontmatter prose is data under the body\'s rules', () => {
  const withFm = (overrides: Record<string, unknown>) => {
    const r = parseEntryFile(entryFile(validSenseFrontmatter(overrides)), FILE, 'fr');
    return r.ok ? [] : r.problems;
  };

  it('refuses raw HTML in a title, a summary, a cause, a step or a note, naming the field', () => {
    expect(withFm({ summary: 'Voir <script>alert(1)</script>' })).toEqual([`${FILE}: summary: raw HTML "<script>" is not allowed: put literal markup in \`code\``]);
    expect(withFm({ title: 'Titre <img src=x onerror=alert(1)>' })[0]).toMatch(/: title: raw HTML "<img src=x onerror=alert\(1\)>"/);
    expect(withFm({ cause: 'Cause <!-- x -->' })[0]).toMatch(/: cause: raw HTML/);
    expect(withFm({ steps: [{ id: 'a', text: 'Faites **<b>ceci</b>**.' }] })[0]).toMatch(/: steps\[0\]\.text: raw HTML "<b>"/);
    expect(withFm({ steps: [{ id: 'a', text: 'Faites ceci.', note: 'Note <iframe src="x">' }] })[0]).toMatch(/: steps\[0\]\.note: raw HTML/);
  });

  it('refuses javascript:, data: and other non-https links', () => {
    expect(withFm({ steps: [{ id: 'a', text: 'Ouvrez [ceci](javascript:alert(1)).' }] })).toEqual([
      `${FILE}: steps[0].text: link to "javascript:alert(1": only https and site-relative links are allowed`,
    ]);
    expect(withFm({ summary: 'Voir [x](data:text/html,hi).' })[0]).toMatch(/: summary: link to "data:text\/html,hi"/);
    expect(withFm({ cause: 'Voir [x](http://example.com).' })[0]).toMatch(/: cause: link to "http:\/\/example\.com"/);
  });

  it('accepts markup inside code, comparisons, and https and site links', () => {
    expect(
      withFm({
        summary: 'La valeur `<Data Name="x">` reste < 5 et > 2.',
        steps: [{ id: 'a', text: 'Suivez [le guide](/fr/guide-internet-connectivity) ou [Learn](https://learn.microsoft.com/fr-fr/).' }],
      }),
    ).toEqual([]);
  });
});
