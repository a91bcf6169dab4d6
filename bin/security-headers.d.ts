export const PERMISSIONS_POLICY: string;
export const BASE_HEADERS: Readonly<Record<string, string>>;
export function scriptHash(text: string): string;
export function contentSecurityPolicy(scripts?: readonly string[]): string;
export const PAGE_CACHE_CONTROL: string;
export const ASSET_CACHE_CONTROL: string;
export function inlineScripts(html: string): string[];
