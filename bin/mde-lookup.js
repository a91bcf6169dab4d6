#!/usr/bin/env node
// Launcher of the `mde-lookup` bin: runs the TypeScript CLI through tsx (a
// runtime dependency), so it works right after `npm ci`, with no build step,
// from any working directory.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// lib/content/loader.ts falls back to <cwd>/content: point it at the package's own content.
process.env.MDE_CONTENT_ROOT ??= join(root, 'content');

await tsImport('./mde-lookup-cli.ts', { parentURL: import.meta.url, tsconfig: join(root, 'tsconfig.json') });
