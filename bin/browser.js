/**
 * Which Chromium the end-to-end tests drive. Playwright cannot download its
 * own browser on our machines, so Debian's /usr/bin/chromium comes first;
 * Playwright's own build is the fallback where it was installed.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export async function findChromium() {
  for (const path of SYSTEM_CANDIDATES) if (path && existsSync(path)) return { path, kind: 'system' };
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, kind: 'playwright' };
  } catch {
    // @playwright/test not installed: fall through to "none".
  }
  return undefined;
}

export const INSTALL_HINT =
  'No Chromium for the end-to-end tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
  'or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH to a Chromium binary.';
