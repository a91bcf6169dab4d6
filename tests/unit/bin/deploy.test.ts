/**
 * The sample static-host configs in deploy/ send exactly the headers the
 * export needs (bin/security-headers.js), and make the server's redirects:
 * a change of policy that forgets them fails here.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDIRECTS, exportHeaders, withServerBuildKept } from '../../../bin/export.js';

const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const snippet = readFileSync('deploy/mde-headers.conf', 'utf8');
const iis = readFileSync('deploy/web.config', 'utf8');

describe('deploy/ sample configs', () => {
  for (const [name, value] of Object.entries(exportHeaders())) {
    it(`nginx and IIS send ${name}`, () => {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(snippet).toContain(`add_header ${name} "${value}" always;`);
      expect(iis).toContain(`<add name="${name}" value="${value}" />`);
    });
  }

  it('the policy they send allows no inline script', () => {
    expect(exportHeaders()['Content-Security-Policy']).toMatch(/script-src 'self';/);
    expect(nginx + iis).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('both make the server’s redirects', () => {
    for (const { from, to } of REDIRECTS) {
      expect(nginx).toContain(`location = /mde${from}`);
      expect(nginx).toMatch(new RegExp(`location = /mde${from}\\s+\\{ return 30[78] /mde${to === '/' ? '/' : to}`));
      expect(iis).toMatch(new RegExp(`<match url="\\^${from.slice(1)}/\\?\\$" />`));
    }
  });

  it('both answer 404.html for unknown paths and refuse other methods than GET and HEAD', () => {
    expect(nginx).toMatch(/error_page 404 \/mde\/404\.html;/);
    expect(nginx).toMatch(/\$request_method !~ \^\(GET\|HEAD\)\$\) \{ return 405; \}/);
    expect(iis).toMatch(/<error statusCode="404" path="404\.html"/);
    expect(iis).toMatch(/<verbs allowUnlisted="false">/);
  });
});

describe('the export keeps the server build', () => {
  // next build with output: 'export' writes its working files to .next/ whatever distDir says.
  const fakeExportBuild = (dir: string) => () => {
    mkdirSync(join(dir, '.next'), { recursive: true });
    writeFileSync(join(dir, '.next', 'BUILD_ID'), 'export-build');
    return Promise.resolve(0);
  };

  it('puts the server\'s .next/ back, untouched, after the export built into .next/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-export-'));
    mkdirSync(join(dir, '.next'));
    writeFileSync(join(dir, '.next', 'BUILD_ID'), 'server-build');
    try {
      expect(await withServerBuildKept(fakeExportBuild(dir), dir)).toBe(0);
      expect(readFileSync(join(dir, '.next', 'BUILD_ID'), 'utf8')).toBe('server-build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves no export build behind where there was no server build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-export-'));
    try {
      await withServerBuildKept(fakeExportBuild(dir), dir);
      expect(existsSync(join(dir, '.next'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts it back when the build fails too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mde-export-'));
    mkdirSync(join(dir, '.next'));
    writeFileSync(join(dir, '.next', 'BUILD_ID'), 'server-build');
    try {
      await expect(withServerBuildKept(() => Promise.reject(new Error('build broke')), dir)).rejects.toThrow('build broke');
      expect(readFileSync(join(dir, '.next', 'BUILD_ID'), 'utf8')).toBe('server-build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
