/**
 * Heading ids at render time. The ids are declared in the content
 * (`## Heading {#id}`) and collected by the parser; this remark plugin puts
 * them on the rendered h2/h3 in document order, so the validator (which checks
 * links to headings) and the page can never disagree.
 */
type MdastNode = {
  type: string;
  depth?: number;
  children?: MdastNode[];
  data?: { hProperties?: Record<string, unknown> };
};

/** remark plugin: gives the n-th h2/h3 the n-th declared id. */
export function remarkHeadingIds(options: { ids: readonly string[] }) {
  return (tree: MdastNode) => {
    let n = 0;
    const walk = (node: MdastNode) => {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        const id = options.ids[n++];
        if (id) node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
