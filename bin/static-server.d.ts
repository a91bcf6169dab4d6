import type { Server } from 'node:http';
export function startStaticServer(options: { dir: string; port?: number; host?: string; base?: string }): Promise<Server>;
