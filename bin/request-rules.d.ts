export function rendersPerRequest(url?: string): boolean;
