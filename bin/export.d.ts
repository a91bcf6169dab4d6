export function exportHeaders(): Record<string, string>;
export const REDIRECTS: { from: string; to: string }[];
export function externalizeInlineScripts(outDir: string, basePath?: string): { moved: number; files: number };
/** Runs `build` with the server's .next/ (in `dir`, default the project) moved aside, and puts it back after. */
export function withServerBuildKept<T>(build: () => Promise<T>, dir?: string): Promise<T>;
