import { describe, expect, it } from 'vitest';
import { extractHeadings, extractInternalLinks, parseEntryFile, validateCorpus, type Entry } from '@/lib/content/parse';
import { entryFile, validSenseFrontmatter } from './fixtures';

const FILE = 'fr/sense-events/sense-event-5.mdx';

function parseOk(text: string, file = FILE): Entry {
  const r = parseEntryFile(text, file, 'fr');
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.entry;
}

function problemsOf(text: string, file = FILE): string[] {
  const r = parseEntryFile(text, file, 'fr');
  return r.ok ? [] : r.problems;
}

describe('parseEntryFile', () => {
  it('accepts a valid entry and collects its anchors', () => {
    const entry = parseOk(entryFile(validSenseFrontmatter()));
    expect(entry.id).toBe('sense-event-5');
    expect(entry.anchors).toContain('check-connectivity');
    expect(entry.anchors).toContain('ce-que-signifie-cet-evenement');
    expect(entry.steps[0]?.commands).toEqual([]);
  });

  it('names the file and the field of a missing required field', () => {
    const fm = validSenseFrontmatter();
    delete fm.title;
    expect(problemsOf(entryFile(fm))).toEqual([expect.stringMatching(/^fr\/sense-events\/sense-event-5\.mdx: title: /)]);
  });

  it('rejects an unknown field (typos must not pass silently)', () => {
    expect(problemsOf(entryFile(validSenseFrontmatter({ titel: 'x' })))[0]).toMatch(/sense-event-5\.mdx: .*titel/);
  });

  it('requires an event ID, a log and messages on SENSE events', () => {
    const fm = validSenseFrontmatter();
    delete fm.eventId;
    delete fm.log;
    delete fm.messages;
    const problems = problemsOf(entryFile(fm));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining(': eventId: is required'),
        expect.stringContaining(': log: is required'),
        expect.stringContaining(': messages: is required'),
      ]),
    );
  });

  it('rejects a decimal code that is not the hex code', () => {
    const fm = validSenseFrontmatter({
      id: 'intune-error-0x87d1fde8',
      kind: 'intune-error',
      codes: { hex: '0x87D1FDE8', decimal: -2016281113 },
    });
    const problems = problemsOf(entryFile(fm), 'fr/intune-errors/intune-error-0x87d1fde8.mdx');
    expect(problems).toContain('fr/intune-errors/intune-error-0x87d1fde8.mdx: codes.decimal: -2016281113 is not the signed value of 0x87D1FDE8');
  });

  it('rejects a command carrying a prompt or trailing spaces', () => {
    const fm = validSenseFrontmatter({ steps: [{ id: 'step-1', text: 'x', commands: [{ code: 'C:\\> sc query sense' }] }] });
    expect(problemsOf(entryFile(fm))[0]).toMatch(/steps\[0\]\.commands\[0\]\.code: must be the bare command/);
    const trailing = validSenseFrontmatter({ steps: [{ id: 'step-1', text: 'x', commands: [{ code: 'sc query sense ' }] }] });
    expect(problemsOf(entryFile(trailing))[0]).toMatch(/must be the bare command/);
  });

  it('rejects duplicate step anchors, even across branches', () => {
    const fm = validSenseFrontmatter({
      steps: [],
      question: 'Laquelle ?',
      causes: [
        { id: 'cause-a', title: 'A', answer: 'a', cause: 'a', steps: [{ id: 'step-1', text: 'x' }] },
        { id: 'cause-b', title: 'B', answer: 'b', cause: 'b', steps: [{ id: 'step-1', text: 'y' }] },
      ],
    });
    expect(problemsOf(entryFile(fm))).toContain(`${FILE}: causes[1].steps[0].id: duplicate anchor "step-1"`);
  });

  it('requires the branch question when there are causes, and refuses a lone cause', () => {
    const two = validSenseFrontmatter({
      steps: [],
      causes: [
        { id: 'cause-a', title: 'A', answer: 'a', cause: 'a', steps: [{ id: 's-1', text: 'x' }] },
        { id: 'cause-b', title: 'B', answer: 'b', cause: 'b', steps: [{ id: 's-2', text: 'y' }] },
      ],
    });
    expect(problemsOf(entryFile(two))).toContain(`${FILE}: question: is required when an entry has causes`);
    const one = validSenseFrontmatter({ causes: [{ id: 'cause-a', title: 'A', answer: 'a', cause: 'a', steps: [{ id: 's-1', text: 'x' }] }] });
    expect(problemsOf(entryFile(one))).toContain(`${FILE}: causes: a single cause is not a branch: use steps`);
  });

  it('rejects an entry whose id does not match its file name or whose folder does not match its kind', () => {
    expect(problemsOf(entryFile(validSenseFrontmatter()), 'fr/sense-events/sense-event-6.mdx')).toEqual([
      'fr/sense-events/sense-event-6.mdx: id: "sense-event-5" does not match the file name "sense-event-6.mdx"',
    ]);
    expect(problemsOf(entryFile(validSenseFrontmatter()), 'fr/guides/sense-event-5.mdx')).toEqual([
      'fr/guides/sense-event-5.mdx: kind: "sense-event" entries belong in the folder sense-events/',
    ]);
  });

  it('reports a missing frontmatter block and invalid YAML', () => {
    expect(problemsOf('# no frontmatter')).toEqual([`${FILE}: frontmatter: missing (the file must start with a --- block)`]);
    expect(problemsOf('---\ntitle: [unclosed\n---\n')[0]).toMatch(/frontmatter: invalid YAML/);
  });

  it('refuses a body heading that would steal a template id', () => {
    expect(problemsOf(entryFile(validSenseFrontmatter(), '## Cause {#cause}\n\nx\n'))).toEqual([
      `${FILE}: body: heading "Cause" takes the id #cause, reserved for the page template`,
    ]);
  });
});

describe('parseEntryFile, as saved on Windows', () => {
  const text = entryFile(validSenseFrontmatter());

  it('accepts a byte-order mark, CRLF line ends, and both', () => {
    for (const variant of [`\uFEFF${text}`, text.replace(/\n/g, '\r\n'), `\uFEFF${text.replace(/\n/g, '\r\n')}`]) {
      const entry = parseOk(variant);
      expect(entry.title).toBe('Événement SENSE 5 : impossible de joindre le serveur');
      expect(entry.headings.map((h) => h.id)).toEqual(['ce-que-signifie-cet-evenement']);
    }
  });
});

describe('validateCorpus', () => {
  const a = () => parseOk(entryFile(validSenseFrontmatter()));
  const b = (overrides: Record<string, unknown>, body?: string) =>
    parseOk(
      entryFile(validSenseFrontmatter({ id: 'sense-event-6', eventId: 6, ...overrides }), body),
      'fr/sense-events/sense-event-6.mdx',
    );

  it('passes a consistent corpus', () => {
    expect(validateCorpus([a(), b({ related: ['sense-event-5'] }, 'Voir [5](/fr/sense-event-5#check-connectivity).\n')])).toEqual([]);
  });

  it('reports duplicate ids with both files', () => {
    const dup = { ...a(), file: 'fr/sense-events/copy.mdx' };
    expect(validateCorpus([a(), dup])).toEqual([
      'fr/sense-events/copy.mdx: id: duplicate id "sense-event-5" (also in fr/sense-events/sense-event-5.mdx)',
    ]);
  });

  it('reports an unknown related id', () => {
    expect(validateCorpus([a(), b({ related: ['sense-event-99'] })])).toEqual([
      'fr/sense-events/sense-event-6.mdx: related[0]: unknown entry id "sense-event-99"',
    ]);
  });

  it('reports a link to a page that does not exist, and to a missing anchor', () => {
    const problems = validateCorpus([
      a(),
      b({}, 'Voir [x](/fr/sense-event-99) et [y](/fr/sense-event-5#step-42) et [z](#nulle-part).\n'),
    ]);
    expect(problems).toEqual([
      'fr/sense-events/sense-event-6.mdx: body: link to "/fr/sense-event-99": no such page',
      'fr/sense-events/sense-event-6.mdx: body: link to "/fr/sense-event-5#step-42": no anchor #step-42 on that page',
      'fr/sense-events/sense-event-6.mdx: body: link to "#nulle-part": no such anchor on this page',
    ]);
  });

  it('checks links inside step texts too, naming the step field', () => {
    const problems = validateCorpus([a(), b({ steps: [{ id: 'step-1', text: 'Suivez [ce guide](/fr/guide-inexistant).' }] })]);
    expect(problems).toEqual(['fr/sense-events/sense-event-6.mdx: steps[0].text: link to "/fr/guide-inexistant": no such page']);
  });

  it('knows the category and lookup pages', () => {
    expect(validateCorpus([a(), b({}, '[c](/fr/categories/sense-events) [r](/fr/recherche) [h](/)\n')])).toEqual([]);
  });
});

describe('extractHeadings / extractInternalLinks', () => {
  it('reads declared heading ids, strips them from the body and ignores fenced code', () => {
    const { headings, body, problems } = extractHeadings(
      '## Première étape {#step-one}\n```\n## pas un titre\n```\n### Encore {#again}\n## `sc qc` et **gras** {#sc-qc}\n',
    );
    expect(headings.map((h) => [h.depth, h.text, h.id])).toEqual([
      [2, 'Première étape', 'step-one'],
      [3, 'Encore', 'again'],
      [2, 'sc qc et gras', 'sc-qc'],
    ]);
    expect(body).not.toContain('{#');
    expect(body).toContain('## pas un titre');
    expect(problems).toEqual([]);
  });

  it('reports a heading without an id, a malformed id and a duplicate id', () => {
    const { problems } = extractHeadings('## Sans id\n## Mauvais {#Pas_Bon}\n## Un {#x}\n## Deux {#x}\n');
    expect(problems).toEqual([
      'heading "Sans id" (line 1) has no id: end it with {#an-id}',
      'heading "Mauvais" (line 2): id "Pas_Bon" must be lower-case words joined by dashes',
      'heading "Deux" (line 4): duplicate id #x',
    ]);
  });

  it('finds internal links only', () => {
    expect(extractInternalLinks('[a](/fr/x) [b](https://learn.microsoft.com/x) <a href="/fr/y#z">c</a>')).toEqual(['/fr/x', '/fr/y#z']);
  });
});
