#!/usr/bin/env node
/**
 * Runs before the end-to-end tests: finds a Chromium, installs Debian's when
 * the machine allows it (root with apt-get), or stops with the command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './browser.js';

let found = await findChromium();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('ensure-browser: no Chromium found, installing Debian\'s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  found = await findChromium();
}
if (!found) {
  console.error(`ensure-browser: ${INSTALL_HINT}`);
  process.exit(1);
}
console.log(`ensure-browser: using ${found.kind} Chromium at ${found.path}`);
