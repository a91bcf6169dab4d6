import Link from 'next/link';
import type { ReactNode } from 'react';
import { parseInline, type InlineNode } from '@/lib/text/inline';
import { inlineCode } from './ui';

function render(nodes: InlineNode[], keyPrefix: string): ReactNode[] {
  return nodes.map((node, i) => {
    const key = `${keyPrefix}${i}`;
    switch (node.type) {
      case 'text':
        return node.value;
      case 'code':
        return (
          <code key={key} className={inlineCode}>
            {node.value}
          </code>
        );
      case 'strong':
        return <strong key={key}>{render(node.children, `${key}.`)}</strong>;
      case 'em':
        return <em key={key}>{render(node.children, `${key}.`)}</em>;
      case 'link':
        return node.href.startsWith('/') || node.href.startsWith('#') ? (
          <Link key={key} href={node.href}>
            {render(node.children, `${key}.`)}
          </Link>
        ) : (
          <a key={key} href={node.href} rel="noreferrer">
            {render(node.children, `${key}.`)}
          </a>
        );
    }
  });
}

/** Inline Markdown from frontmatter, rendered as React text (never as HTML). */
export function InlineMarkdown({ text }: { text: string }) {
  return <>{render(parseInline(text), '')}</>;
}
