/**
 * `npm run validate` (bin/validate-content.ts) on fixture trees, one fault per
 * tree: each fails with the file, its line and column, and the reason; files
 * with a byte-order mark and CRLF line ends pass. No content runs: a body
 * whose expression would write a file is rejected and the file never appears.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const VALID = join(ROOT, 'tests/fixtures/content/valid');
const FILE = 'fr/sense-events/sense-event-5.mdx';
const work = mkdtempSync(join(tmpdir(), 'mde-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let trees = 0;
/** A copy of the valid fixture tree (and the real vocabulary file) with one file rewritten. */
function tree(rewrite: (text: string) => string): string {
  const dir = join(work, `tree-${trees++}`);
  cpSync(VALID, dir, { recursive: true });
  cpSync(join(ROOT, 'content/vocabulary'), join(dir, 'vocabulary'), { recursive: true });
  const path = join(dir, FILE);
  writeFileSync(path, rewrite(readFileSync(path, 'utf8')));
  return dir;
}

function validate(contentRoot: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'bin/validate-content.ts')], {
      cwd: ROOT,
      env: { ...process.env, MDE_CONTENT_ROOT: contentRoot },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out }));
  });
}

const original = readFileSync(join(VALID, FILE), 'utf8');
/** The last line of the valid file is its last body line; a fault appended after a blank line lands two lines below. */
const faultLine = original.replace(/\n$/, '').split('\n').length + 2;
const append = (fault: string) => (text: string) => `${text.replace(/\n$/, '')}\n\n${fault}\n`;

const marker = join(work, 'content-ran');
const faults: [string, (t: string) => string, RegExp][] = [
  ['an import', append("import { execSync } from 'node:child_process'"), new RegExp(`${FILE}:${faultLine}:1: body: import/export statements are not allowed`)],
  ['an export', append('export const meta = 1'), new RegExp(`${FILE}:${faultLine}:1: body: import/export statements are not allowed`)],
  ['an expression', append('Home: {process.env.HOME}'), new RegExp(`${FILE}:${faultLine}:7: body: JavaScript expressions`)],
  ['a <script>', append('<script>alert(1)</script>'), new RegExp(`${FILE}:${faultLine}:1: body: element <script> is not allowed`)],
  ['an onerror= attribute', append('<img src="x" onerror="alert(1)" />'), new RegExp(`${FILE}:${faultLine}:14: body: <img>: event handler attribute onerror= is not allowed`)],
  ['an unclosed brace', append('Texte {ouvert'), new RegExp(`${FILE}:${faultLine}:14: body: cannot be parsed: .*closing brace`)],
  ['a javascript: link', append('[ouvrir](javascript:alert(1))'), new RegExp(`${FILE}:${faultLine}:1: body: link to "javascript:alert\\(1\\)": only http\\(s\\) and relative URLs`)],
  ['a 5 MB entry', (t) => `${t}\n${'Texte. '.repeat(750_000)}\n`, new RegExp(`${FILE}:1:1: size: 5\\.0 MB \\(\\d+ bytes\\) is over the limit of 256 KB \\(262144 bytes\\)`)],
  [
    'an expression with a side effect',
    append(`{require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}`),
    new RegExp(`${FILE}:${faultLine}:1: body: JavaScript expressions`),
  ],
];

// Each case spawns `npm run validate` (tsx, the content parser): seconds each on a loaded 2-core machine, and
// the concurrent ones share it, so the default 5 s per test is not a bound they can promise anywhere.
describe('npm run validate on fixture trees', { timeout: 60_000 }, () => {
  it('passes the valid tree', async () => {
    const { status, out } = await validate(tree((t) => t));
    expect(out).toMatch(/content: 2 fr, 2 en entries valid/);
    expect(status).toBe(0);
  });

  it.concurrent.each([
    ['a byte-order mark', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a byte-order mark and CRLF', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ])('passes a file with %s', async (_name, rewrite) => {
    const { status, out } = await validate(tree(rewrite));
    expect(out).toMatch(/content: 2 fr, 2 en entries valid/);
    expect(status, out).toBe(0);
  });

  it.concurrent.each(faults)('fails on %s with file:line:column and the reason', async (_name, rewrite, expected) => {
    const { status, out } = await validate(tree(rewrite));
    expect(status, out).toBe(1);
    expect(out).toMatch(expected);
    expect(out).not.toMatch(/at .*\.(ts|js):\d+/); // one line per problem, no stack trace
  });

  it('never ran the side-effecting expression', async () => {
    const { status } = await validate(tree(faults[faults.length - 1]![1]));
    expect(status).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });
});
