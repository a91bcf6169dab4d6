#!/usr/bin/env node
/**
 * Builds the static export the Playwright "export" project serves, before
 * Playwright starts: two `next build` runs at once in one project (the
 * server's, by bin/start.js, and the export's) interfere — a server page
 * then referenced an export chunk under its base path. So the export is built
 * first, alone, and Playwright only serves it. Same defaults as
 * playwright.config.ts (E2E_EXPORT_DIR, E2E_EXPORT_BASE).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  EXPORT_DIR: process.env.E2E_EXPORT_DIR ?? 'out-e2e',
  EXPORT_BASE_PATH: process.env.E2E_EXPORT_BASE ?? '/mde',
  NEXT_TELEMETRY_DISABLED: '1',
};
const result = spawnSync(process.execPath, ['bin/export.js'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
