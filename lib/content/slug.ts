/**
 * Heading ids. One function for the validator (which checks links to body
 * headings) and for the remark plugin that sets the ids when MDX renders, so
 * the two can never disagree. Accents are dropped so fragments stay readable
 * ASCII when pasted into a ticket (#ce-que-signifie-cet-evenement).
 */
import GithubSlugger from 'github-slugger';

export function createHeadingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'"));
}

type MdastNode = {
  type: string;
  depth?: number;
  value?: string;
  children?: MdastNode[];
  data?: { hProperties?: Record<string, unknown> };
};

function textOf(node: MdastNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** remark plugin: gives every h2/h3 the id createHeadingSlugger computes. */
export function remarkHeadingIds() {
  return (tree: MdastNode) => {
    const slug = createHeadingSlugger();
    const walk = (node: MdastNode) => {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: slug(textOf(node)) } };
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
