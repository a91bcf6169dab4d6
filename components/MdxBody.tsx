import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import type { Lang } from '@/lib/content/schema';
import { remarkHeadingIds } from '@/lib/content/slug';
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

const componentsFor = (lang: Lang): MDXComponents => ({
  h2: heading('h2', lang),
  h3: heading('h3', lang),
  a: ({ href = '', children }) =>
    href.startsWith('/') || href.startsWith('#') ? <Link href={href}>{children}</Link> : <a href={href} rel="noreferrer">{children}</a>,
  pre: ({ children }) => {
    const code = Children.toArray(children)[0] as ReactElement<{ children?: ReactNode; className?: string }> | undefined;
    const text = textOf(code?.props.children).replace(/\n$/, '');
    const fence = code?.props.className?.replace('language-', '');
    const type = fence === 'xml' ? 'xml' : fence === 'powershell' ? 'powershell' : fence === 'text' ? 'text' : 'cmd';
    return <CodeBlock code={text} type={type} lang={lang} />;
  },
});

/** Renders an entry's MDX body at build time (pages are statically generated). */
export async function MdxBody({ source, headingIds, lang }: { source: string; headingIds: readonly string[]; lang: Lang }) {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm, [remarkHeadingIds, { ids: headingIds }]],
  });
  return <Content components={componentsFor(lang)} />;
}
