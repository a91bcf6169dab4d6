import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '@/lib/content/loader';
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

describe('npm run validate (bin/validate-content.ts)', () => {
  const run = (root: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'bin/validate-content.ts'], {
      env: { ...process.env, MDE_CONTENT_ROOT: root },
      encoding: 'utf8',
    });

  it('passes a valid tree', () => {
    const result = run(join(FIXTURES, 'valid'));
    expect(result.stdout).toContain('content: 2 entries valid');
    expect(result.status).toBe(0);
  });

  it('fails the build on a broken tree, naming file and field', () => {
    const result = run(join(FIXTURES, 'broken'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('fr/sense-events/sense-event-5.mdx: summary:');
  });
});
