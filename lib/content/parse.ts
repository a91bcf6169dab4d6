/**
 * Pure parsing and cross-checking of content entries. No file system here:
 * the loader feeds it text, the tests feed it fixtures, and both get the same
 * messages ("file: field: problem") that fail the build.
 */
import { parse as parseYaml } from 'yaml';
import { MAX_ENTRY_BYTES, checkBody } from './body';
import { checkInline } from '../text/inline';
import { frontmatterSchema, type EntryKind, type Frontmatter, type Lang } from './schema';
import { CATEGORY_SLUGS, ENTRY_SECTION_IDS, categoryPath, entryPath, homePath, lookupPath, parseInternalHref } from '../routes';

export type Heading = { depth: 2 | 3; text: string; id: string };

export type Entry = Frontmatter & {
  lang: Lang;
  /** Path relative to the content root, for error messages. */
  file: string;
  /** MDX body (explanatory prose). */
  body: string;
  headings: Heading[];
  /** Every fragment the entry page answers to. */
  anchors: string[];
};

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export type ParseResult = { ok: true; entry: Entry } | { ok: false; problems: string[] };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}

/** Plain text of a Markdown heading, as the renderer will see it. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .trim();
}

/**
 * A heading declares its id at the end of its line: `## What it means {#what-it-means}`.
 * Ids are bookmark contracts shared by every language, so they are written, never
 * derived from the wording (rewording or translating a heading keeps its links).
 */
const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;
const DECLARED_ID = /\s*\{#([^}\s]*)\}$/;
const HEADING_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export type BodyHeadings = { headings: Heading[]; body: string; problems: string[] };

/**
 * h2/h3 headings outside fenced code blocks with their declared ids, and the
 * body with the `{#id}` markers removed (MDX would read them as expressions).
 */
export function extractHeadings(body: string): BodyHeadings {
  const headings: Heading[] = [];
  const problems: string[] = [];
  let inFence = false;
  const lines = body.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const m = HEADING.exec(line);
    if (!m) return;
    const hashes = m[1] ?? '##';
    const raw = m[2] ?? '';
    const declared = DECLARED_ID.exec(raw);
    const text = headingText(declared ? raw.slice(0, declared.index) : raw);
    const id = declared?.[1] ?? '';
    if (!declared) problems.push(`heading "${text}" (line ${index + 1}) has no id: end it with {#an-id}`);
    else if (!HEADING_ID.test(id)) problems.push(`heading "${text}" (line ${index + 1}): id "${id}" must be lower-case words joined by dashes`);
    else if (headings.some((h) => h.id === id)) problems.push(`heading "${text}" (line ${index + 1}): duplicate id #${id}`);
    headings.push({ depth: hashes.length as 2 | 3, text, id });
    if (declared) lines[index] = `${hashes} ${raw.slice(0, declared.index)}`;
  });
  return { headings, body: lines.join('\n'), problems };
}

/** Internal hrefs of Markdown links and JSX href attributes. */
export function extractInternalLinks(markdown: string): string[] {
  const hrefs: string[] = [];
  for (const m of markdown.matchAll(/\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g)) hrefs.push(m[1] ?? '');
  for (const m of markdown.matchAll(/href=["'](\/[^"']*)["']/g)) hrefs.push(m[1] ?? '');
  return hrefs.filter((h) => parseInternalHref(h) !== undefined);
}

/** Parses one file. `file` is e.g. `fr/sense-events/sense-event-5.mdx`. */
export function parseEntryFile(text: string, file: string, lang: Lang): ParseResult {
  // An entry is a page of prose and a runbook: anything this large is a mistake (or an attack on the build).
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ENTRY_BYTES) {
    return { ok: false, problems: [`${file}:1:1: size: ${formatBytes(bytes)} (${bytes} bytes) is over the limit of ${formatBytes(MAX_ENTRY_BYTES)} (${MAX_ENTRY_BYTES} bytes)`] };
  }
  // Editors on Windows save with a byte-order mark and CRLF line ends: both are accepted.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const m = FRONTMATTER.exec(normalized);
  if (!m) return { ok: false, problems: [`${file}: frontmatter: missing (the file must start with a --- block)`] };
  let raw: unknown;
  try {
    raw = parseYaml(m[1] ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [`${file}: frontmatter: invalid YAML (${reason})`] };
  }
  const parsed = frontmatterSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${file}: ${formatIssuePath(issue.path)}: ${issue.message}`),
    };
  }
  const fm = parsed.data;
  const problems: string[] = [];
  const base = file.split('/').pop()?.replace(/\.mdx$/, '');
  if (base !== fm.id) problems.push(`${file}: id: "${fm.id}" does not match the file name "${base}.mdx"`);
  const folder = file.split('/').slice(-2, -1)[0];
  if (folder !== CATEGORY_SLUGS[fm.kind]) {
    problems.push(`${file}: kind: "${fm.kind}" entries belong in the folder ${CATEGORY_SLUGS[fm.kind]}/`);
  }
  const { headings, body, problems: headingProblems } = extractHeadings(m[2] ?? '');
  for (const p of headingProblems) problems.push(`${file}: body: ${p}`);
  // The body is data: compiled nowhere, parsed here, and any code, raw HTML or unsafe link is named by line and column.
  const bodyLine = normalized.slice(0, normalized.length - (m[2] ?? '').length).split('\n').length;
  for (const p of checkBody(body)) problems.push(`${file}:${p.line + bodyLine - 1}:${p.column}: body: ${p.reason}`);
  // Frontmatter prose is data too, under the body's rules (its renderer shows markup as text, but it is refused here).
  for (const { field, text } of inlineFields(fm)) for (const p of checkInline(text)) problems.push(`${file}: ${field}: ${p}`);
  for (const h of headings) {
    if ((ENTRY_SECTION_IDS as readonly string[]).includes(h.id)) {
      problems.push(`${file}: body: heading "${h.text}" takes the id #${h.id}, reserved for the page template`);
    }
  }
  if (problems.length) return { ok: false, problems };
  const anchors = [
    ...ENTRY_SECTION_IDS,
    ...headings.map((h) => h.id),
    ...fm.steps.map((s) => s.id),
    ...fm.causes.flatMap((c) => [c.id, ...c.steps.map((s) => s.id)]),
  ];
  return { ok: true, entry: { ...fm, lang, file, body, headings, anchors } };
}

/** Each step's Markdown (text, expected result, note), named by its field path. */
function stepMarkdown(prefix: string, steps: Frontmatter['steps']): { field: string; text: string }[] {
  return steps.flatMap((s, i) => [
    { field: `${prefix}[${i}].text`, text: s.text },
    ...(s.expected ? [{ field: `${prefix}[${i}].expected`, text: s.expected }] : []),
    ...(s.note ? [{ field: `${prefix}[${i}].note`, text: s.note }] : []),
  ]);
}

/** The frontmatter strings shown as inline Markdown (not literals: messages and commands are shown as code). */
function inlineFields(fm: Frontmatter): { field: string; text: string }[] {
  return [
    { field: 'title', text: fm.title },
    { field: 'summary', text: fm.summary },
    ...(fm.cause ? [{ field: 'cause', text: fm.cause }] : []),
    ...(fm.question ? [{ field: 'question', text: fm.question }] : []),
    ...stepMarkdown('steps', fm.steps),
    ...fm.causes.flatMap((c, i) => [
      { field: `causes[${i}].title`, text: c.title },
      { field: `causes[${i}].answer`, text: c.answer },
      { field: `causes[${i}].cause`, text: c.cause },
      ...stepMarkdown(`causes[${i}].steps`, c.steps),
    ]),
  ];
}

/** All Markdown an entry carries, each piece with the field it came from. */
function markdownFields(entry: Entry): { field: string; text: string }[] {
  return [
    { field: 'body', text: entry.body },
    ...(entry.cause ? [{ field: 'cause', text: entry.cause }] : []),
    ...stepMarkdown('steps', entry.steps),
    ...entry.causes.flatMap((c, i) => [
      { field: `causes[${i}].cause`, text: c.cause },
      ...stepMarkdown(`causes[${i}].steps`, c.steps),
    ]),
  ];
}

/** Cross-entry checks: duplicate ids, related ids, internal links and their anchors. */
export function validateCorpus(entries: Entry[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    const prior = byId.get(e.id);
    if (prior) problems.push(`${e.file}: id: duplicate id "${e.id}" (also in ${prior.file})`);
    else byId.set(e.id, e);
  }
  const pages = new Map<string, Entry | null>();
  pages.set(homePath(), null);
  for (const lang of new Set(entries.map((e) => e.lang))) {
    pages.set(lookupPath(undefined, lang), null);
    for (const kind of Object.keys(CATEGORY_SLUGS) as EntryKind[]) pages.set(categoryPath(kind, lang), null);
  }
  for (const e of byId.values()) pages.set(entryPath(e.id, e.lang), e);

  for (const e of entries) {
    e.related.forEach((rel, i) => {
      if (!byId.has(rel)) problems.push(`${e.file}: related[${i}]: unknown entry id "${rel}"`);
    });
    for (const { field, text } of markdownFields(e)) {
      for (const href of extractInternalLinks(text)) {
        const parsed = parseInternalHref(href);
        if (!parsed) continue;
        const path = parsed.path === '' ? entryPath(e.id, e.lang) : parsed.path;
        if (!pages.has(path)) {
          problems.push(`${e.file}: ${field}: link to "${href}": no such page`);
          continue;
        }
        const target = pages.get(path);
        if (parsed.anchor && (!target || !target.anchors.includes(parsed.anchor))) {
          problems.push(`${e.file}: ${field}: link to "${href}": no anchor #${parsed.anchor} on that page`);
        }
      }
      // Same-page fragments written as "(#step-2)".
      for (const m of text.matchAll(/\]\(#([^)\s]+)\)/g)) {
        if (!e.anchors.includes(m[1] ?? '')) problems.push(`${e.file}: ${field}: link to "#${m[1]}": no such anchor on this page`);
      }
    }
  }
  return problems;
}
