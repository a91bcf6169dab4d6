export const ALLOWED_METHODS: string[];
export function badTarget(url: string | undefined): string | undefined;
export function prerenderedPaths(distDir: string): Set<string>;
export function rendersPerRequest(url?: string, prerendered?: ReadonlySet<string>): boolean;
