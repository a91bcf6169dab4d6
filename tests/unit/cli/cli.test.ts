/**
 * The real binary, spawned as a user would run it: `node bin/mde-lookup.js …`.
 * Most cases run on a small content tree written to a temporary directory (so
 * the content being edited elsewhere cannot break them); one runs from another
 * working directory on the package's own content, as after `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import literals from '../content/catalogue-literals.json';
import { ALL_IDS } from '../content/corpus-shared';


const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BIN = join(ROOT, 'bin', 'mde-lookup.js');
const TIMEOUT = 60_000;

const SOURCE = 'source:\n  article: troubleshoot-onboarding\n  section: view-agent-onboarding-errors-in-the-device-event-log';
const ENTRIES_FR: Record<string, string> = {
  'sense-events/sense-event-5.mdx': `---
id: sense-event-5
kind: sense-event
title: "Événement SENSE 5 : impossible de joindre le serveur"
summary: "Le capteur n’arrive pas à joindre le serveur."
eventId: 5
eventClass: error
sensorArea: cloud-connection
log: "Journaux des applications et des services > Microsoft > Windows > SENSE > Opérationnel"
messages: ["Microsoft Defender pour point de terminaison service n’a pas pu se connecter au serveur à l’adresse _variable_"]
cause: "Pas d’accès Internet."
steps:
  - id: check-internet
    text: "Vérifiez l’accès Internet."
    commands:
      - code: "netsh winhttp show proxy"
${SOURCE}
---
Corps.
`,
  'script-events/script-event-15.mdx': `---
id: script-event-15
kind: script-event
title: "Événement 15 du script d’intégration : échec du démarrage du service SENSE"
summary: "Le service SENSE n’a pas démarré."
eventId: 15
log: "Journaux Windows > Application"
provider: WDATPOnboarding
steps:
  - id: step-1
    text: "Vérifiez l’état du service."
${SOURCE}
---
`,
  'sense-events/sense-event-15.mdx': `---
id: sense-event-15
kind: sense-event
title: "Événement SENSE 15 : impossible de démarrer le canal de commande"
summary: "Le canal de commande ne démarre pas."
eventId: 15
eventClass: error
sensorArea: cloud-connection
log: "Journaux des applications et des services > Microsoft > Windows > SENSE > Opérationnel"
messages: ["Microsoft Defender pour point de terminaison ne peut pas démarrer le canal de commande avec l’URL : _variable_"]
steps:
  - id: step-1
    text: "Vérifiez l’accès Internet."
${SOURCE}
---
`,
  'intune-errors/intune-error-0x87d1fde8.mdx': `---
id: intune-error-0x87d1fde8
kind: intune-error
title: "Erreur Intune 0x87D1FDE8 : échec de la correction"
summary: "Intune n’a pas pu appliquer un paramètre."
codes:
  hex: "0x87D1FDE8"
  decimal: -2016281112
steps:
  - id: step-1
    text: "Relevez l’OMA-URI en échec."
source:
  article: troubleshoot-onboarding
  section: microsoft-intune-error-codes-and-oma-uris
---
`,
};

const ENTRIES_EN: Record<string, string> = {
  'sense-events/sense-event-5.mdx': `---
id: sense-event-5
kind: sense-event
title: "SENSE event 5: cannot reach the server"
summary: "The sensor cannot reach the server."
eventId: 5
eventClass: error
sensorArea: cloud-connection
log: "Applications and Services Logs > Microsoft > Windows > SENSE > Operational"
messages: ["Microsoft Defender for Endpoint service failed to connect to the server at _variable_"]
cause: "No Internet access."
steps:
  - id: check-internet
    text: "Check Internet access."
    commands:
      - code: "netsh winhttp show proxy"
${SOURCE}
---
Body.
`,
  'script-events/script-event-15.mdx': `---
id: script-event-15
kind: script-event
title: "Onboarding script event 15: the SENSE service failed to start"
summary: "The SENSE service did not start."
eventId: 15
log: "Windows Logs > Application"
provider: WDATPOnboarding
steps:
  - id: step-1
    text: "Check the service state."
${SOURCE}
---
`,
  'sense-events/sense-event-15.mdx': `---
id: sense-event-15
kind: sense-event
title: "SENSE event 15: cannot start the command channel"
summary: "The command channel does not start."
eventId: 15
eventClass: error
sensorArea: cloud-connection
log: "Applications and Services Logs > Microsoft > Windows > SENSE > Operational"
messages: ["Microsoft Defender for Endpoint can't start command channel with URL: _variable_"]
steps:
  - id: step-1
    text: "Check Internet access."
${SOURCE}
---
`,
  'intune-errors/intune-error-0x87d1fde8.mdx': `---
id: intune-error-0x87d1fde8
kind: intune-error
title: "Intune error 0x87D1FDE8: remediation failed"
summary: "Intune could not apply a setting."
codes:
  hex: "0x87D1FDE8"
  decimal: -2016281112
steps:
  - id: step-1
    text: "Note the failed OMA-URI."
source:
  article: troubleshoot-onboarding
  section: microsoft-intune-error-codes-and-oma-uris
---
`,
};

let content: string;
let work: string;

function run(args: string[], options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {}) {
  // French unless a case says otherwise: the terminal's locale picks the language.
  const env: NodeJS.ProcessEnv = { ...process.env, MDE_CONTENT_ROOT: content, NO_COLOR: '1', LANG: 'fr_FR.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, SITE_URL: undefined };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? work, input: options.input ?? '', env, encoding: 'utf8', timeout: TIMEOUT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mde-lookup-cli-'));
  content = join(work, 'content');
  // The field vocabulary is part of the content the lookup reads: the package's own.
  mkdirSync(join(content, 'vocabulary'), { recursive: true });
  copyFileSync(join(ROOT, 'content', 'vocabulary', 'vocabulary.yaml'), join(content, 'vocabulary', 'vocabulary.yaml'));
  for (const [lang, entries] of [['fr', ENTRIES_FR], ['en', ENTRIES_EN]] as const) {
    for (const [path, text] of Object.entries(entries)) {
      const file = join(content, lang, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  writeFileSync(join(work, 'queries.json'), JSON.stringify(['0x87D1FDE8', 'how do I bake bread', 'event 15']));
  writeFileSync(join(work, 'broken.json'), '["unterminated');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('mde-lookup (spawned)', { timeout: TIMEOUT }, () => {
  it('--list --json lists every entry', () => {
    const r = run(['--list', '--json']);
    expect(r.status).toBe(0);
    const { entries } = JSON.parse(r.stdout) as { entries: { id: string; url: string; eventId?: number }[] };
    expect(entries.map((e) => e.id).sort()).toEqual(['intune-error-0x87d1fde8', 'script-event-15', 'sense-event-15', 'sense-event-5']);
    expect(entries.find((e) => e.id === 'sense-event-5')).toMatchObject({ url: '/fr/sense-event-5', eventId: 5 });
  });

  it('prints cards for a query and exits 0 on a match', () => {
    const r = run(['Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Événement SENSE 5 : impossible de joindre le serveur');
    expect(r.stdout).toContain('https://winatp-gw-weu.microsoft.com/');
    expect(r.stdout).toContain('netsh winhttp show proxy');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('answers JSON with --json, including a signed code given as an argument', () => {
    const r = run(['--json', '-2016281112']);
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as { query: string; status: string; results: { id: string; match: string }[] };
    expect(body).toMatchObject({ query: '-2016281112', status: 'found', results: [{ id: 'intune-error-0x87d1fde8', match: 'code' }] });
  });

  it('reads the text from stdin with "-"', () => {
    const block = 'Log Name:      Microsoft-Windows-SENSE/Operational\r\nSource:        Microsoft-Windows-SENSE\r\nEvent ID:      15\r\nLevel:         Error\r\n';
    const r = run(['-', '--json'], { input: block });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { results: { id: string }[] }).results.map((x) => x.id)).toEqual(['sense-event-15']);
  });

  it('answers a --batch file in order, in one process', () => {
    const r = run(['--batch', join(work, 'queries.json'), '--json']);
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as { query: string; status: string; results: { id: string }[] }[];
    expect(body.map((b) => [b.query, b.status])).toEqual([
      ['0x87D1FDE8', 'found'],
      ['how do I bake bread', 'none'],
      ['event 15', 'ambiguous'],
    ]);
  });

  it('exits 1 when nothing is recognised', () => {
    const r = run(['how do I bake bread']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Aucune entrée connue ne correspond');
  });

  it('exits 2 with one line on stderr on bad usage', () => {
    const cases: [string[], RegExp][] = [
      [['--frobnicate'], /option inconnue/],
      [['--batch', join(work, 'missing.json'), '--json'], /impossible de lire/],
      [['--batch', join(work, 'broken.json'), '--json'], /JSON invalide/],
      [['--batch', join(work, 'queries.json')], /ajoutez --json/],
      [[], /rien à chercher/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('prints help and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--batch FICHIER --json');
  });

  it('--list --json --lang en lists the English titles and /en/ URLs', () => {
    const r = run(['--list', '--json', '--lang', 'en']);
    expect(r.status).toBe(0);
    const { entries } = JSON.parse(r.stdout) as { entries: { id: string; url: string; title: string }[] };
    expect(entries.find((e) => e.id === 'sense-event-5')).toMatchObject({ url: '/en/sense-event-5', title: 'SENSE event 5: cannot reach the server' });
    expect(entries.every((e) => e.url.startsWith('/en/'))).toBe(true);
  });

  it('follows the terminal locale, English when it is not French', () => {
    const english = run(['how do I bake bread'], { env: { LANG: 'C.UTF-8' } });
    expect(english.status).toBe(1);
    expect(english.stdout).toContain('No known entry matches your input.');
    const french = run(['--list'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'fr_FR.UTF-8' } });
    expect(french.stdout).toContain('Événement SENSE 5 : impossible de joindre le serveur');
  });

  it('finds a French message from the English CLI and answers in English', () => {
    const r = run(['--json', '--lang', 'en', 'Microsoft Defender pour point de terminaison service n’a pas pu se connecter au serveur à l’adresse https://x.example/']);
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout) as { results: { id: string; title: string; url: string; match: string }[] };
    expect(body.results[0]).toMatchObject({ id: 'sense-event-5', match: 'message', title: 'SENSE event 5: cannot reach the server', url: '/en/sense-event-5' });
  });

  it('prints absolute URLs when SITE_URL is set', () => {
    const r = run(['--json', '--lang', 'en', '0x87D1FDE8'], { env: { SITE_URL: 'https://mde.example.com/' } });
    const body = JSON.parse(r.stdout) as { results: { url: string }[] };
    expect(body.results[0]?.url).toBe('https://mde.example.com/en/intune-error-0x87d1fde8');
    const cards = run(['0x87D1FDE8'], { env: { SITE_URL: 'https://mde.example.com' } });
    expect(cards.stdout).toContain('https://mde.example.com/fr/intune-error-0x87d1fde8');
  });

  it('finds the package content from any working directory', () => {
    const r = run(['--list', '--json'], { cwd: tmpdir(), env: { MDE_CONTENT_ROOT: undefined } });
    expect(r.status).toBe(0);
    const { entries } = JSON.parse(r.stdout) as { entries: { id: string }[] };
    expect(entries.length).toBeGreaterThan(4);
    expect(entries.map((e) => e.id)).toContain('intune-error-0x87d1fde8');
  });

  it('lists every real entry with /en/ and /fr/ URLs: a sense-event with eventId per catalogue ID, an installer-exit with exitCode per code', () => {
    for (const lang of ['en', 'fr'] as const) {
      const r = run(['--list', '--json', '--lang', lang], { cwd: tmpdir(), env: { MDE_CONTENT_ROOT: undefined } });
      expect(r.status).toBe(0);
      const { entries } = JSON.parse(r.stdout) as { entries: { id: string; url: string; kind: string; eventId?: number; exitCode?: number; exitName?: string; log?: string }[] };
      expect(entries.map((e) => e.id).sort()).toEqual([...ALL_IDS].sort());
      for (const e of entries) expect(e.url).toBe(`/${lang}/${e.id}`);
      const catalogueIds = [...new Set([...Object.keys(literals.operational), ...Object.keys(literals.provider)].map(Number))];
      for (const id of catalogueIds) expect(entries.find((e) => e.id === `sense-event-${id}`), String(id)).toMatchObject({ kind: 'sense-event', eventId: id });
      expect(entries.find((e) => e.id === 'sense-ndr-pktmon-event-1')).toMatchObject({ kind: 'sense-event', eventId: 1, log: lang === 'en' ? 'System' : 'Système' });
      for (const [code, { name }] of Object.entries(literals.installer)) {
        expect(entries.find((e) => e.id === `installer-exit-${code}`)).toMatchObject({ kind: 'installer-exit', exitCode: Number(code), exitName: name });
      }
    }
  });
});
