import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import Link from 'next/link';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { bodyToHast } from '@/lib/content/body';
import type { Lang } from '@/lib/content/schema';
import { AnchorLink } from './AnchorLink.client';
import { CodeBlock } from './CodeBlock';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

function heading(Tag: 'h2' | 'h3', lang: Lang) {
  return function Heading({ id, children }: { id?: string; children?: ReactNode }) {
    return (
      <Tag id={id}>
        {children}
        {id ? <AnchorLink id={id} label={textOf(children)} lang={lang} /> : null}
      </Tag>
    );
  };
}

/** Our components for the elements of a body: headings with their anchor link, site links via next/link, code blocks with a copy button. */
export function bodyComponents(lang: Lang): Partial<Components> {
  return {
    h2: heading('h2', lang),
    h3: heading('h3', lang),
    a: ({ href = '', children }: { href?: string; children?: ReactNode }) =>
      href.startsWith('/') || href.startsWith('#') ? <Link href={href}>{children}</Link> : <a href={href} rel="noreferrer">{children}</a>,
    pre: ({ children }: { children?: ReactNode }) => {
      const code = Children.toArray(children)[0] as ReactElement<{ children?: ReactNode; className?: string }> | undefined;
      const text = textOf(code?.props.children).replace(/\n$/, '');
      const fence = code?.props.className?.replace('language-', '');
      const type = fence === 'xml' ? 'xml' : fence === 'powershell' ? 'powershell' : fence === 'text' ? 'text' : 'cmd';
      return <CodeBlock code={text} type={type} lang={lang} />;
    },
  };
}

/**
 * Renders an entry's body. The body is parsed into a sanitized HTML tree
 * (lib/content/body.ts) and that tree is turned into React elements: no MDX
 * compilation, no evaluation, so nothing in content/ ever runs, at build time
 * or in the browser.
 */
export function MdxBody({ source, headingIds, lang }: { source: string; headingIds: readonly string[]; lang: Lang }) {
  return toJsxRuntime(bodyToHast(source, headingIds), { Fragment, jsx, jsxs, components: bodyComponents(lang), tableCellAlignToStyle: false });
}
