/**
 * Renders a record tree as XML laid out like the reference parser's output
 * (evtx_dump): an XML declaration, two-space indentation, an element with
 * only text on one line, an empty element as an open tag, a newline, the
 * indentation and the close tag (`<Binary>` excepted), child elements one
 * per line.
 */
import type { XmlElement, XmlNode } from './types';

const DECL = '<?xml version="1.0" encoding="utf-8"?>\n';

function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

function inline(n: XmlNode): string {
  switch (n.type) {
    case 'text':
      return escapeText(n.text);
    case 'cdata':
      return `<![CDATA[${n.text}]]>`;
    case 'entity':
      return `&${n.name};`;
    case 'charref':
      return `&#${n.code};`;
    case 'pi':
      return n.data ? `<?${n.target} ${n.data}?>` : `<?${n.target}?>`;
    case 'element':
      return '';
  }
}

function render(el: XmlElement, indent: string, out: string[]): void {
  let open = `${indent}<${el.name}`;
  for (const a of el.attrs) if (a.value !== '') open += ` ${a.name}="${escapeAttr(a.value)}"`;
  const children = el.children;
  if (children.length === 0) {
    out.push(el.name === 'Binary' ? `${open}></${el.name}>\n` : `${open}>\n${indent}</${el.name}>\n`);
    return;
  }
  if (!children.some((c) => c.type === 'element')) {
    out.push(`${open}>${children.map(inline).join('')}</${el.name}>\n`);
    return;
  }
  out.push(`${open}>\n`);
  const inner = indent + '  ';
  for (const c of children) {
    if (c.type === 'element') render(c, inner, out);
    else out.push(`${inner}${c.type === 'pi' ? '' : inline(c)}\n`);
  }
  out.push(`${indent}</${el.name}>\n`);
}

/** The XML text of a record tree (or of any element of it). */
export function treeToXml(root: XmlElement): string {
  const out: string[] = [DECL];
  render(root, '', out);
  return out.join('');
}
