import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import { remarkHeadingIds } from '@/lib/content/slug';
import { AnchorLink } from './AnchorLink.client';
import { CodeBlock } from './CodeBlock';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

function heading(Tag: 'h2' | 'h3') {
  return function Heading({ id, children }: { id?: string; children?: ReactNode }) {
    return (
      <Tag id={id}>
        {children}
        {id ? <AnchorLink id={id} label={textOf(children)} /> : null}
      </Tag>
    );
  };
}

const components: MDXComponents = {
  h2: heading('h2'),
  h3: heading('h3'),
  a: ({ href = '', children }) =>
    href.startsWith('/') || href.startsWith('#') ? <Link href={href}>{children}</Link> : <a href={href} rel="noreferrer">{children}</a>,
  pre: ({ children }) => {
    const code = Children.toArray(children)[0] as ReactElement<{ children?: ReactNode; className?: string }> | undefined;
    const text = textOf(code?.props.children).replace(/\n$/, '');
    const lang = code?.props.className?.replace('language-', '');
    const type = lang === 'xml' ? 'xml' : lang === 'powershell' ? 'powershell' : lang === 'text' ? 'text' : 'cmd';
    return <CodeBlock code={text} type={type} />;
  },
};

/** Renders an entry's MDX body at build time (pages are statically generated). */
export async function MdxBody({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, {
    ...runtime,
    remarkPlugins: [remarkGfm, remarkHeadingIds],
  });
  return <Content components={components} />;
}
