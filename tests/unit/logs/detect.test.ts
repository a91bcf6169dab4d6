/** Format detection by content, encodings, the export vocabulary (fields.ts), and the fixtures being up to date. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../lib/logs/detect';
import { eventIdOf, headerRoles, levelOf, parseLocalDate } from '../../../lib/logs/fields';
import { sniffEncoding } from '../../../lib/logs/stream';
import { normalizeIsoTime } from '../../../lib/logs/xml';
import { fixture } from './helpers';
import { fixtures, FIXTURES_DIR } from './make-fixtures';

const text = (s: string) => new TextEncoder().encode(s);

describe('detection by content, not by name', () => {
  it('knows each fixture', () => {
    const expected: Record<string, string> = {
      'sense.evtx': 'evtx',
      'sense-truncated.evtx': 'evtx',
      'not-evtx.evtx': 'unknown',
      'renamed-xml.evtx': 'xml',
      'export.xml': 'xml',
      'export-utf16.xml': 'xml',
      'export.csv': 'csv',
      'export-fr.csv': 'csv',
      'export.txt': 'text',
      'details.txt': 'text',
      'details-fr.txt': 'text',
      'MDEClientAnalyzerResult.zip': 'zip',
      'truncated.zip': 'zip',
    };
    for (const [name, format] of Object.entries(expected)) expect(detectFormat(fixture(name).subarray(0, 65536)).format, name).toBe(format);
  });

  it('the analyzer XML, binary files and plain text', () => {
    expect(detectFormat(text('<?xml version="1.0"?>\n<MDEResults><events/></MDEResults>')).format).toBe('analyzer');
    expect(detectFormat(text('<html><body>hello</body></html>')).format).toBe('unknown');
    expect(detectFormat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])).format).toBe('unknown');
    expect(detectFormat(text('just some words\nand more')).format).toBe('unknown');
    expect(detectFormat(new Uint8Array(0)).format).toBe('unknown');
  });

  it('an EVTX file whose header was zeroed is still EVTX when a chunk follows; zeros alone are not', () => {
    const zeroed = fixture('sense.evtx').slice(0, 65536);
    zeroed.fill(0, 0, 4096);
    expect(detectFormat(zeroed).format).toBe('evtx');
    expect(detectFormat(new Uint8Array(65536)).format).toBe('unknown');
  });
});

describe('encodings', () => {
  it('BOMs, UTF-16 without BOM, UTF-8, else Windows-1252', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(sniffEncoding(new Uint8Array([0x41, 0, 0x42, 0]))).toEqual({ encoding: 'utf-16le', bom: 0 });
    expect(sniffEncoding(text('Catégorie, and more text here')).encoding).toBe('utf-8');
    expect(sniffEncoding(new Uint8Array([0x43, 0x61, 0x74, 0xe9, 0x67, 0x6f, 0x72, 0x69, 0x65])).encoding).toBe('windows-1252');
  });
});

describe('the exports’ vocabulary', () => {
  it('English and French CSV headers (verified and assumed, see fields.ts)', () => {
    expect(headerRoles(['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category'])).toEqual(['level', 'time', 'provider', 'eventId', 'task']);
    expect(headerRoles(['Niveau', 'Date et heure', 'Source', 'ID de l’événement', 'Catégorie de la tâche'])).toEqual(['level', 'time', 'provider', 'eventId', 'task']);
    expect(headerRoles(["ID de l'événement", 'Source'])).toEqual(['eventId', 'provider']);
    expect(headerRoles(['Name', 'Value'])).toBeUndefined();
  });

  it('levels and event IDs', () => {
    expect(['Critical', 'Erreur', 'Avertissement', 'Information', 'Commentaires', '2', 'Nope'].map(levelOf)).toEqual([1, 2, 3, 4, 5, 2, undefined]);
    expect(eventIdOf('1819')).toBe(1819);
    expect(eventIdOf('1073748860')).toBe(7036);
    expect(eventIdOf('x')).toBeUndefined();
  });

  it('local dates: en-US month first with AM/PM, fr-FR day first, ISO', () => {
    expect(parseLocalDate('5/6/2024 7:08:09 AM')).toBe('2024-05-06T07:08:09');
    expect(parseLocalDate('5/6/2024 12:08:09 AM')).toBe('2024-05-06T00:08:09');
    expect(parseLocalDate('5/6/2024 1:15:00 PM')).toBe('2024-05-06T13:15:00');
    expect(parseLocalDate('06/05/2024 13:20:00')).toBe('2024-05-06T13:20:00');
    expect(parseLocalDate('13/05/2024 08:00:00')).toBe('2024-05-13T08:00:00');
    expect(parseLocalDate('06.05.2024 07:08')).toBe('2024-05-06T07:08:00');
    expect(parseLocalDate('2024-05-06T07:08:09.1234567')).toBe('2024-05-06T07:08:09.1234567');
    expect(parseLocalDate('2024/05/06 07:08:09')).toBe('2024-05-06T07:08:09');
    expect(parseLocalDate('yesterday')).toBeUndefined();
    expect(parseLocalDate('13/13/2024 08:00:00')).toBeUndefined();
  });

  it('XML times keep UTC, and offsets are made UTC', () => {
    expect(normalizeIsoTime('2024-05-06T07:08:09.1234567Z')).toBe('2024-05-06T07:08:09.1234567Z');
    expect(normalizeIsoTime('2024-05-06T09:08:09+02:00')).toBe('2024-05-06T07:08:09Z');
    expect(normalizeIsoTime('garbage')).toBeUndefined();
  });
});

describe('fixtures', () => {
  it('tests/fixtures/logs holds what make-fixtures.ts makes (run it after changing it)', () => {
    for (const [name, bytes] of Object.entries(fixtures())) {
      const disk = new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
      expect(Buffer.compare(Buffer.from(disk), Buffer.from(bytes)), name).toBe(0);
    }
  });
});
