export function exportHeaders(): Record<string, string>;
export const REDIRECTS: { from: string; to: string }[];
export function externalizeInlineScripts(outDir: string, basePath?: string): { moved: number; files: number };
