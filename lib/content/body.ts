/**
 * Entry bodies are data, never code. A body is written in MDX syntax (the
 * files are .mdx, and authors expect `<kbd>` to work), but it is only ever
 * *parsed*: nothing here compiles it to JavaScript or evaluates it.
 *
 * - `checkBody` (run by the parser, so by `npm run validate`, the build and the
 *   unit tests) rejects, with line and column: syntax errors (an unclosed
 *   `{`), ESM (`import`/`export`), JavaScript expressions, JSX or HTML
 *   elements outside ALLOWED_ELEMENTS, any attribute that is not a plain
 *   string on its allowed list (`onerror=`), and links or images whose URL is
 *   neither http(s) nor relative (`javascript:`).
 * - `bodyToHast` (the renderer, components/MdxBody.tsx) builds a HTML syntax
 *   tree from the same parse, drops anything the check would have rejected,
 *   and passes it through rehype-sanitize: even a body that skipped validation
 *   cannot put a script, an event handler or a javascript: URL on a page.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Handler, State } from 'mdast-util-to-hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { remarkHeadingIds } from './slug';

/** An entry file larger than this is rejected before it is parsed (the largest entry today is ~12 KB). */
export const MAX_ENTRY_BYTES = 256 * 1024;

/**
 * The only elements a body may write, each with the only attributes it may
 * carry (plain strings, no expressions). Everything else is Markdown.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  kbd: [],
  br: [],
  sub: [],
  sup: [],
  abbr: ['title'],
};

export type BodyProblem = { line: number; column: number; reason: string };

type Point = { line: number; column: number };
type Positioned = { position?: { start: Point } };

function at(node: Positioned, reason: string): BodyProblem {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, reason };
}

/** A URL a body may link to: http(s), or relative to the site (`/fr/x`, `#step-2`, `x`), never `//host`. */
export function isAllowedUrl(url: string): boolean {
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), and leading spaces or controls.
  const u = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (u.startsWith('//') || u.startsWith('\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return true;
  const s = (scheme[1] ?? '').toLowerCase();
  return s === 'http' || s === 'https';
}

function parser() {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
}

function describeSyntaxError(error: unknown): BodyProblem {
  const e = error as { line?: number; column?: number; reason?: string; message?: string; place?: { line?: number; column?: number; start?: Point } };
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
  const column = e.column ?? e.place?.column ?? e.place?.start?.column ?? 1;
  return { line, column, reason: `cannot be parsed: ${e.reason ?? e.message ?? String(error)}` };
}

/** Parses a body (MDX syntax, GFM) without compiling or running it; throws the parser's message on a syntax error. */
function parseTree(source: string): MdastRoot {
  const processor = parser();
  return processor.runSync(processor.parse(source)) as MdastRoot;
}

function jsxName(node: MdxJsxFlowElement | MdxJsxTextElement): string {
  return node.name ?? '';
}

/**
 * Every reason the body would not be pure data, with its position in the
 * body (1-based). An empty list means the body may be rendered.
 */
export function checkBody(source: string): BodyProblem[] {
  let tree: MdastRoot;
  try {
    tree = parseTree(source);
  } catch (error) {
    return [describeSyntaxError(error)];
  }
  const problems: BodyProblem[] = [];
  const walk = (node: MdastNodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(at(node, `import/export statements are not allowed: a body is text, not code`));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(at(node, `JavaScript expressions ({…}) are not allowed: write \\{ for a literal brace`));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = jsxName(node);
        const allowed = ALLOWED_ELEMENTS[name];
        if (!allowed) {
          problems.push(at(node, `element <${name || '>'}${name ? '>' : ''} is not allowed (allowed: ${Object.keys(ALLOWED_ELEMENTS).map((n) => `<${n}>`).join(', ')})`));
          // An event handler is named on its own: it is the part that would run.
          for (const attr of node.attributes) {
            if (attr.type === 'mdxJsxAttribute' && /^on/i.test(attr.name)) problems.push(at(attr.position ? attr : node, `<${name}>: event handler attribute ${attr.name}= is not allowed`));
          }
          return;
        }
        for (const attr of node.attributes) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            problems.push(at(attr.position ? attr : node, `<${name}>: spread attributes ({…}) are not allowed`));
          } else if (/^on/i.test(attr.name)) {
            problems.push(at(attr.position ? attr : node, `<${name}>: event handler attribute ${attr.name}= is not allowed`));
          } else if (!allowed.includes(attr.name)) {
            problems.push(at(attr.position ? attr : node, `<${name}>: attribute ${attr.name}= is not allowed${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`));
          } else if (typeof attr.value !== 'string') {
            problems.push(at(attr.position ? attr : node, `<${name}>: attribute ${attr.name}= must be a plain string, not an expression`));
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (!isAllowedUrl(node.url)) problems.push(at(node, `${node.type === 'image' ? 'image' : 'link'} to "${node.url}": only http(s) and relative URLs are allowed`));
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as MdastNodes[]) walk(child);
  };
  walk(tree);
  return problems;
}

/** Sanitizer schema: GitHub's, with our heading ids kept as written and only http(s) or relative URLs. */
const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  // Heading ids are declared in the content and validated; they are bookmark contracts, never prefixed.
  clobber: [],
  tagNames: [...new Set([...(defaultSchema.tagNames ?? []), ...Object.keys(ALLOWED_ELEMENTS)])],
  attributes: {
    ...defaultSchema.attributes,
    h2: ['id'],
    h3: ['id'],
    abbr: ['title'],
  },
  protocols: { href: ['http', 'https'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
};

/** Allowed JSX elements become plain HTML elements with their allowed string attributes; anything else renders nothing. */
const jsxElement: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
  const name = jsxName(node);
  const allowed = ALLOWED_ELEMENTS[name];
  if (!allowed) return undefined;
  const properties: Record<string, string> = {};
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && allowed.includes(attr.name) && typeof attr.value === 'string') properties[attr.name] = attr.value;
  }
  const element: Element = { type: 'element', tagName: name, properties, children: state.all(node) as ElementContent[] };
  state.patch(node, element);
  return state.applyData(node, element);
};

const dropped: Handler = () => undefined;

/**
 * The body as a sanitized HTML tree, headings carrying their declared ids (in
 * document order, as the parser collected them). Pure data in, data out.
 */
export function bodyToHast(source: string, headingIds: readonly string[]): HastRoot {
  const processor = parser()
    .use(remarkHeadingIds, { ids: headingIds })
    .use(remarkRehype, {
      handlers: {
        mdxjsEsm: dropped,
        mdxFlowExpression: dropped,
        mdxTextExpression: dropped,
        mdxJsxFlowElement: jsxElement,
        mdxJsxTextElement: jsxElement,
      },
      // A node type nobody planned for renders nothing rather than a guess.
      unknownHandler: dropped,
    })
    .use(rehypeSanitize, SANITIZE_SCHEMA);
  return processor.runSync(processor.parse(source)) as HastRoot;
}
