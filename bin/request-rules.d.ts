export function rendersPerRequest(url?: string): boolean;
export function publicUrl(url?: string): string;
