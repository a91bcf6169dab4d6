/**
 * Plain text from the small Markdown subset our content uses. For search
 * indexing, terminal output and ticket summaries, where markup is noise.
 */
export function markdownToPlainText(markdown: string): string {
  // Code spans and fences are literal (they hold XML such as <Key …/>):
  // park them so the tag stripping below cannot eat them.
  const parked: string[] = [];
  const park = (text: string) => `\u0000${parked.push(text) - 1}\u0000`;
  return markdown
    .replace(/^```[^\n]*\n([\s\S]*?)^```/gm, (_, code: string) => park(code.replace(/\n$/, '')))
    .replace(/`([^`\n]*)`/g, (_, code: string) => park(code))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => parked[Number(i)] ?? '')
    .trim();
}
