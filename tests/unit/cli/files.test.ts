/**
 * `mde-lookup --file`: the binary spawned as a user runs it (as in
 * cli.test.ts), on the log fixtures (tests/fixtures/logs) and the package's
 * own content. Exit codes: 0 a known entry found, 1 nothing found or a
 * damaged file (partial results), 2 bad usage or an unreadable file.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../lib/cli/args';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BIN = join(ROOT, 'bin', 'mde-lookup.js');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'logs');
const TIMEOUT = 60_000;

function run(args: string[], lang = 'en_US.UTF-8') {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: lang, LC_ALL: undefined, LC_MESSAGES: undefined, SITE_URL: undefined, MDE_CONTENT_ROOT: undefined };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: FIXTURES, env, encoding: 'utf8', timeout: TIMEOUT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Json = {
  status: string;
  files: { file: string; format: string; records: number; failures: number; problems: { code: string; severity: string; message: string }[]; entries: { id: string; count: number; first?: string; last?: string; values: { name: string; value: string; count: number }[] }[]; others: unknown[] }[];
  entries: { id: string; count: number; files: string[] }[];
  totals: { files: number; records: number; failures: number; matched: number };
};

function json(args: string[]): { status: number | null; body: Json; stderr: string } {
  const r = run([...args, '--json']);
  return { status: r.status, body: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

describe('--file arguments', () => {
  it('parses several --file, with --json', () => {
    expect(parseArgs(['--file', 'a.evtx', '--file=b.zip', '--json'])).toMatchObject({ ok: true, value: { command: 'files', files: ['a.evtx', 'b.zip'], json: true } });
    expect(parseArgs(['--file'])).toMatchObject({ ok: false, error: '--file needs a path: --file FILE' });
    expect(parseArgs(['--file', 'a', 'text'])).toMatchObject({ ok: false });
    expect(parseArgs(['--file', 'a', '--list'])).toMatchObject({ ok: false });
    expect(parseArgs(['--file', 'a', '--limit', '2'])).toMatchObject({ ok: false });
    expect(parseArgs(['--file'], 'fr')).toMatchObject({ ok: false, error: '--file demande un chemin : --file FICHIER' });
  });
});

describe('mde-lookup --file (spawned)', { timeout: TIMEOUT }, () => {
  it('.evtx --json: the documented shape, SENSE event 5 with its URL, exit 0', () => {
    const { status, body } = json(['--file', 'sense.evtx']);
    expect(status).toBe(0);
    expect(body.status).toBe('found');
    expect(body.files[0]).toMatchObject({ file: 'sense.evtx', format: 'evtx', records: 5, failures: 0, problems: [] });
    expect(body.files[0]?.entries[0]).toMatchObject({
      id: 'sense-event-5',
      count: 3,
      first: '2024-05-06T07:08:09.123456Z',
      last: '2024-05-07T09:10:11.000000Z',
      values: [{ name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/', count: 2 }, { name: 'URL', value: 'https://us-v20.events.data.microsoft.com/', count: 1 }],
      url: '/en/sense-event-5',
    });
    expect(body.entries.map((e) => e.id)).toEqual(['sense-event-5', 'sense-event-63']);
    expect(body.totals).toMatchObject({ files: 1, records: 5, failures: 0, matched: 4 });
  });

  it('each format: XML, CSV, text, zip', () => {
    const cases: [string, string, string[]][] = [
      ['export.xml', 'xml', ['sense-event-5', 'sense-event-68']],
      ['export.csv', 'csv', ['script-event-15', 'sense-event-5', 'sense-event-63']],
      ['export-fr.csv', 'csv', ['sense-event-5', 'sense-event-69']],
      ['export.txt', 'text', ['sense-event-15', 'sense-event-5']],
      ['details.txt', 'text', ['mdm-event-1819', 'sense-event-5']],
      ['MDEClientAnalyzerResult.zip', 'zip', ['sense-event-5', 'script-event-15', 'sense-event-63']],
    ];
    for (const [file, format, ids] of cases) {
      const { status, body } = json(['--file', file]);
      expect(status, file).toBe(0);
      expect(body.files[0]?.format, file).toBe(format);
      expect(body.entries.map((e) => e.id).sort(), file).toEqual([...ids].sort());
    }
  });

  it('several files in one report', () => {
    const { status, body } = json(['--file', 'sense.evtx', '--file', 'mdm.evtx']);
    expect(status).toBe(0);
    expect(body.files.map((f) => f.file)).toEqual(['sense.evtx', 'mdm.evtx']);
    expect(body.entries.map((e) => e.id)).toEqual(['sense-event-5', 'mdm-event-1819', 'sense-event-63']);
  });

  it('a damaged file exits 1 with the partial results', () => {
    for (const file of ['sense-truncated.evtx', 'export-truncated.xml', 'export-damaged.csv', 'truncated.zip', 'bomb.zip']) {
      const r = run(['--file', file, '--json']);
      expect(r.status, file).toBe(1);
      const body = JSON.parse(r.stdout) as Json;
      expect(body.status, file).toBe('damaged');
      expect(body.files.flatMap((f) => f.problems.map((p) => p.severity)), file).toContain('damage');
    }
    const partial = json(['--file', 'sense-truncated.evtx']).body;
    expect(partial.entries.map((e) => e.id)).toEqual(['sense-event-5']);
    expect(partial.files[0]).toMatchObject({ records: 1, failures: 1 });
  });

  it('nothing known found exits 1', () => {
    const none = json(['--file', join(ROOT, 'tests', 'fixtures', 'evtx-samples', 'security.evtx')]);
    expect(none.status).toBe(1);
    expect(none.body).toMatchObject({ status: 'none', entries: [], totals: { records: 2261 } });
  });

  it('an unreadable file exits 2 with a one-line message (and the others still read)', () => {
    const r = run(['--file', 'not-evtx.evtx', '--file', 'sense.evtx', '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^mde-lookup: not-evtx\.evtx: named \.evtx, but not an EVTX log/);
    const body = JSON.parse(r.stdout) as Json;
    expect(body.status).toBe('unreadable');
    expect(body.entries.map((e) => e.id)).toEqual(['sense-event-5', 'sense-event-63']);
    const missing = run(['--file', 'missing.evtx'], 'fr_FR.UTF-8');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.evtx : impossible de lire le fichier (détail technique : ENOENT)');
    const folder = run(['--file', '.']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('EISDIR');
  });

  it('cards for people, in the terminal’s language', () => {
    const r = run(['--file', 'sense.evtx'], 'fr_FR.UTF-8');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Journaux d’événements lus (1 fichier)');
    expect(r.stdout).toContain('sense.evtx — journal EVTX, 5 enregistrements lus, 0 en échec');
    expect(r.stdout).toMatch(/1\. Événement SENSE 5/);
    expect(r.stdout).toContain('https://winatp-gw-weu.microsoft.com/');
    expect(r.stdout).toContain('3 fois, première fois 2024-05-06 07:08:09.123 UTC');
    expect(r.stdout).toContain('Autres événements (aucune entrée)');
    expect(r.stdout).not.toContain('\x1b[');
    const en = run(['--file', 'MDEClientAnalyzerResult.zip', '--lang', 'en']);
    expect(en.stdout).toContain('Client Analyzer findings');
    expect(en.stdout).toContain('MDEClientAnalyzerResult.zip/MDEClientAnalyzerResult/EventLogs/sense.evtx — EVTX log, 5 records read, 0 failed');
  });

  it('bad usage exits 2', () => {
    for (const args of [['--file'], ['--file', 'a.evtx', 'some text'], ['--file', 'a.evtx', '--batch', 'q.json', '--json']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('--help lists --file', () => {
    expect(run(['--help']).stdout).toContain('--file FILE --json');
    expect(run(['--help'], 'fr_FR.UTF-8').stdout).toContain('--file FICHIER --json');
  });
});

describe('mde-lookup --file: what a log holds never reaches the terminal as control bytes', { timeout: TIMEOUT }, () => {
  it('escape sequences in provider names and values are printed as visible stand-ins in text mode, kept exactly in JSON', async () => {
    const { writeEvtx } = await import('../evtx/writer');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mde-escape-'));
    const file = join(dir, 'escape.evtx');
    writeFileSync(
      file,
      writeEvtx([
        { provider: 'Evil\u001b]0;owned\u0007', eventId: 1, level: 2, channel: 'X', computer: 'PC\u001b[2J', time: '2024-01-01T00:00:00Z', data: [] },
        { provider: 'Microsoft-Windows-SENSE', eventId: 5, level: 2, channel: 'Microsoft-Windows-SENSE/Operational', computer: 'PC', time: '2024-01-01T00:00:00Z', data: ['https://x\u001b[31m\u009b2J\r'] },
      ]).bytes,
    );
    const text = run(['--file', file]);
    expect(text.stdout).toContain('Evil␛]0;owned␇');
    for (const out of [text.stdout, text.stderr]) expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const body = json(['--file', file]).body;
    expect(JSON.stringify(body)).toContain('Evil\\u001b]0;owned\\u0007');
  });
});
