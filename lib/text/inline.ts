/**
 * A tokenizer for the inline Markdown of step texts, causes and notes:
 * **bold**, *italic* / _italic_, `code` and [links](url). These strings come
 * from frontmatter, and some hold literal `<Key …>` or `{…}` that MDX would
 * parse as JSX, so they are not run through MDX: they become plain nodes that
 * React renders as text. Anything unrecognised stays literal text.
 */
export type InlineNode =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] };

const SAFE_HREF = /^(?:\/|#|https:\/\/)/;

function pushText(nodes: InlineNode[], value: string): void {
  if (!value) return;
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value += value;
  else nodes.push({ type: 'text', value });
}

export function parseInline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '`') {
      const end = source.indexOf('`', i + 1);
      if (end > i) {
        nodes.push({ type: 'code', value: source.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '*' && source[i + 1] === '*') {
      const end = source.indexOf('**', i + 2);
      if (end > i + 2) {
        nodes.push({ type: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      // Emphasis only at a word boundary, so snake_case and 2*3 stay literal.
      const before = i === 0 ? ' ' : (source[i - 1] ?? ' ');
      const end = source.indexOf(ch, i + 1);
      const after = source[end + 1] ?? ' ';
      if (end > i + 1 && !/\w/.test(before) && !/\w/.test(after) && source[i + 1] !== ' ') {
        nodes.push({ type: 'em', children: parseInline(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const close = source.indexOf('](', i + 1);
      const end = close > i ? source.indexOf(')', close + 2) : -1;
      if (close > i && end > close) {
        const href = source.slice(close + 2, end).trim();
        if (SAFE_HREF.test(href)) {
          nodes.push({ type: 'link', href, children: parseInline(source.slice(i + 1, close)) });
          i = end + 1;
          continue;
        }
      }
    }
    // Copy plain text up to the next character that may open a token.
    let next = i + 1;
    while (next < source.length && !'`*_['.includes(source[next] ?? '')) next++;
    pushText(nodes, source.slice(i, next));
    i = next;
  }
  return nodes;
}

export function inlineToPlainText(nodes: InlineNode[]): string {
  return nodes
    .map((n) => (n.type === 'text' || n.type === 'code' ? n.value : inlineToPlainText(n.children)))
    .join('');
}

/** A tag as a browser would read it: `<script>`, `</b>`, `<img src=x onerror=…>`, `<!-- -->`. */
const RAW_HTML = /<(?:\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?|!--[\s\S]*?--|![A-Za-z][^<>]*|\?[^<>]*)>/;

/**
 * Why an inline Markdown string from frontmatter would not be plain data,
 * with the same rules as entry bodies: no raw HTML (literal markup goes in
 * `code`), and links only to https or the site itself (never `javascript:`
 * or `data:`). The renderer already shows such things as text; content that
 * holds them is refused so a mistake or an attack is seen at validation.
 */
export function checkInline(source: string): string[] {
  const problems: string[] = [];
  const visit = (nodes: InlineNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        const html = RAW_HTML.exec(n.value);
        if (html) problems.push(`raw HTML ${JSON.stringify(html[0].slice(0, 40))} is not allowed: put literal markup in \`code\``);
        const link = /\[[^\]]*\]\(\s*([^)\s]*)/.exec(n.value);
        if (link) problems.push(`link to ${JSON.stringify((link[1] ?? '').slice(0, 60))}: only https and site-relative links are allowed`);
      } else if (n.type !== 'code') visit(n.children);
    }
  };
  visit(parseInline(source));
  return problems;
}
