import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllEntries, readEntries } from '@/lib/content/loader';
import { ContentError } from '@/lib/content/parse';

const FIXTURES = join(process.cwd(), 'tests/fixtures/content');

describe('readEntries (files on disk)', () => {
  it('reads and orders a valid tree', () => {
    const entries = readEntries('fr', join(FIXTURES, 'valid'));
    expect(entries.map((e) => e.id)).toEqual(['sense-event-5', 'guide-internet-connectivity']);
    expect(entries[0]?.file).toBe('fr/sense-events/sense-event-5.mdx');
  });

  it('lists every problem of a broken tree, each naming its file and field', () => {
    let error: unknown;
    try {
      readEntries('fr', join(FIXTURES, 'broken'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      'fr/sense-events/sense-event-5.mdx: summary: Invalid input: expected string, received undefined',
      expect.stringMatching(/^fr\/sense-events\/sense-event-6\.mdx: .*steps_typo/),
    ]);
  });
});

describe('readEntries cross-entry checks', () => {
  it('reports an unknown related id and a link to a missing anchor', () => {
    expect(() => readEntries('fr', join(FIXTURES, 'dangling'))).toThrow(ContentError);
    try {
      readEntries('fr', join(FIXTURES, 'dangling'));
    } catch (e) {
      expect((e as ContentError).problems).toEqual([
        'fr/sense-events/sense-event-5.mdx: related[1]: unknown entry id "sense-event-404"',
        'fr/sense-events/sense-event-5.mdx: steps[0].text: link to "/fr/guide-internet-connectivity#step-9": no anchor #step-9 on that page',
      ]);
    }
  });
});

describe('readAllEntries: parity between the language editions', () => {
  const problemsOf = (tree: string): string[] => {
    try {
      readAllEntries(join(FIXTURES, tree));
      return [];
    } catch (e) {
      if (e instanceof ContentError) return e.problems;
      throw e;
    }
  };

  it('reads both editions of a valid tree', () => {
    const all = readAllEntries(join(FIXTURES, 'valid'));
    expect(all.fr.map((e) => e.id)).toEqual(['sense-event-5', 'guide-internet-connectivity']);
    expect(all.en.map((e) => [e.id, e.lang, e.file])).toEqual([
      ['sense-event-5', 'en', 'en/sense-events/sense-event-5.mdx'],
      ['guide-internet-connectivity', 'en', 'en/guides/guide-internet-connectivity.mdx'],
    ]);
  });

  it('names the entry whose translation is missing, and the file expected', () => {
    expect(problemsOf('missing-translation')).toContain(
      'fr/guides/guide-internet-connectivity.mdx: translation: no en edition (expected en/guides/guide-internet-connectivity.mdx)',
    );
  });

  it('names the file and the field of a step id that differs between editions', () => {
    expect(problemsOf('diverging-step')).toEqual([
      'en/sense-events/sense-event-5.mdx: steps: step ids ["check-the-connection"] differ from fr/sense-events/sense-event-5.mdx: ["check-connectivity"]',
    ]);
  });
});

describe('npm run validate (bin/validate-content.ts)', () => {
  const run = (root: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'bin/validate-content.ts'], {
      env: { ...process.env, MDE_CONTENT_ROOT: root },
      encoding: 'utf8',
    });

  it('passes a valid tree', () => {
    const result = run(join(FIXTURES, 'valid'));
    expect(result.stdout).toContain('content: 2 fr, 2 en entries valid, editions in parity');
    expect(result.status).toBe(0);
  });

  it('fails the build on a broken tree, naming file and field', () => {
    const result = run(join(FIXTURES, 'broken'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fr/sense-events/sense-event-5.mdx: summary:');
  });

  it('fails the build on a missing translation and on a diverging step id', () => {
    const missing = run(join(FIXTURES, 'missing-translation'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('fr/guides/guide-internet-connectivity.mdx: translation: no en edition');
    const diverging = run(join(FIXTURES, 'diverging-step'));
    expect(diverging.status).toBe(1);
    expect(diverging.stderr).toContain('en/sense-events/sense-event-5.mdx: steps: step ids');
  });
});
