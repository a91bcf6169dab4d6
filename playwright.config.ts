import { defineConfig } from '@playwright/test';
import { findChromium, INSTALL_HINT } from './bin/browser.js';
import { freePort } from './tests/support/ports';

// Free ports chosen at run time, so the suite never tests a server someone else left on a fixed port. The
// config is loaded again in every worker: the runner's choice travels to them through the environment.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_EXPORT_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);
// The static export (npm run export) under a base path, served by a plain static server: project "export".
const EXPORT_PORT = Number(process.env.E2E_EXPORT_PORT);
// Only a server this run started is tested, unless someone asks to reuse theirs (E2E_REUSE_SERVER=1, with E2E_PORT).
const REUSE = process.env.E2E_REUSE_SERVER === '1';
const EXPORT_BASE = process.env.E2E_EXPORT_BASE ?? '/mde';
const EXPORT_DIR = process.env.E2E_EXPORT_DIR ?? 'out-e2e';
const chromium = await findChromium();
if (!chromium) throw new Error(INSTALL_HINT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium.path,
      // Without these, Chromium tries to reach Google services at start-up.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'server', testIgnore: /export\.spec\.ts/ },
    { name: 'export', testMatch: /export\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${EXPORT_PORT}` } },
  ],
  webServer: [{
    // The production server, as users get it (builds first if needed). A cold build after the export's
    // takes minutes on a 2-core machine: the wait is bounded generously, the suite itself stays short.
    command: 'node bin/start.js',
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}) },
    reuseExistingServer: REUSE,
    timeout: 900_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  {
    // Built beforehand by bin/e2e-export.js (npm run test:e2e): two builds at once in one project interfere.
    command: `node bin/static-server.js ${EXPORT_DIR} --port ${EXPORT_PORT} --base ${EXPORT_BASE}`,
    url: `http://127.0.0.1:${EXPORT_PORT}${EXPORT_BASE}/`,
    env: { EXPORT_DIR, EXPORT_BASE_PATH: EXPORT_BASE, NEXT_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: REUSE,
    timeout: 900_000,
    stdout: 'ignore',
    stderr: 'pipe',
  }],
});
