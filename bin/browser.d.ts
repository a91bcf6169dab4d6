export type FoundChromium = { path: string; kind: 'system' | 'playwright' };
export function findChromium(): Promise<FoundChromium | undefined>;
export const INSTALL_HINT: string;
