/**
 * Log files dropped on the lookup page (issue 11), and what the lookup costs
 * a page and keeps in history (issue 9). The SENSE event 5 fixture is built
 * with the test-only EVTX writer (tests/unit/logs/make-fixtures.ts); the
 * damaged sample is a real public one.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ONE_MEGABYTE_LOG, pasteIntoFocused } from '../support/paste';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'logs');
const SAMPLES = process.env.EVTX_SAMPLES ?? join(process.cwd(), 'tests', 'fixtures', 'evtx-samples');

for (const [name, file] of [
  ['an .evtx file', 'sense.evtx'],
  ['an Event Viewer XML export', 'export.xml'],
  ['an Event Viewer CSV export', 'export.csv'],
  ['a Client Analyzer zip', 'MDEClientAnalyzerResult.zip'],
] as const) {
  test(`dropping ${name} shows the report`, async ({ page }) => {
    await page.goto('/fr/recherche');
    await page.waitForLoadState('networkidle');
    await page.getByTestId('log-file-input').setInputFiles(join(FIXTURES, file));
    const report = page.getByTestId('log-report');
    await expect(report).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('log-totals')).toContainText(/[0-9]/);
  });
}

test('an EVTX with SENSE event 5 shows the sense-event-5 card with the URL read from its insertion string', async ({ page }) => {
  await page.goto('/en/search');
  await page.waitForLoadState('networkidle');
  await page.getByTestId('log-file-input').setInputFiles(join(FIXTURES, 'sense.evtx'));
  const card = page.getByTestId('log-report').locator('[data-result-id="sense-event-5"]').first();
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('log-report')).toContainText('https://winatp-gw-weu.microsoft.com/');
});

test('a damaged sample shows partial results and a clear message', async ({ page }) => {
  await page.goto('/fr/recherche');
  await page.getByTestId('log-file-input').setInputFiles(join(SAMPLES, 'bad-chunk-magic.evtx'));
  await expect(page.getByTestId('log-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('log-problems')).toBeVisible();
  await expect(page.getByTestId('log-totals')).toContainText('270');
});

test('a file that is not an event log gets a clear message, not a crash', async ({ page }) => {
  await page.goto('/fr/recherche');
  await page.getByTestId('log-file-input').setInputFiles(join(FIXTURES, 'not-evtx.evtx'));
  await expect(page.getByTestId('log-problems')).toBeVisible({ timeout: 20_000 });
});

test('Back from an entry opened from a typed query shows the lookup again with its cards', async ({ page }) => {
  await page.goto('/fr/recherche');
  await page.getByRole('searchbox').fill('SENSE event 5');
  const card = page.locator('#results [data-result-id="sense-event-5"]').first();
  await expect(card).toBeVisible();
  await card.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/fr\/sense-event-5/);
  await page.goBack();
  await expect(page).toHaveURL(/\/fr\/recherche\?q=SENSE(\+|%20)event(\+|%20)5$/);
  await expect(page.getByRole('searchbox')).toHaveValue('SENSE event 5');
  await expect(page.locator('#results [data-result-id="sense-event-5"]').first()).toBeVisible();
});

test('pages do not embed the lookup index: the search box fetches it, content-hashed, when used', async ({ page, request }) => {
  const entry = await (await request.get('/fr/sense-event-5')).text();
  // No record data in an entry page: neither the index's fields nor another entry's symptoms.
  expect(entry).not.toContain('bodyText');
  expect(entry).not.toContain('"symptoms"');
  const lookupHtml = await (await request.get('/fr/recherche?q=0x87D1FDE8')).text();
  // The server's answer is there (no-JS cards), but only its own records, not the index.
  expect(lookupHtml).toContain('data-result-id="intune-error-0x87d1fde8"');
  expect(lookupHtml).not.toContain('guide-newly-built-devices"');
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/lookup-index/')) fetched.push(r.url());
  });
  await page.goto('/fr/recherche');
  await page.getByRole('searchbox').fill('mode passif');
  await expect(page.locator('#results article').first()).toBeVisible();
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched[0]).toMatch(/\/fr\/lookup-index\/[0-9a-z]+\.json$/);
  const index = await request.get(new URL(fetched[0] ?? '').pathname);
  expect(index.headers()['cache-control']).toContain('immutable');
});

test('a 1 MB paste is read off the main thread: the card comes, and the box stays responsive', async ({ page }) => {
  await page.goto('/fr/recherche');
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox').focus();
  await pasteIntoFocused(page, ONE_MEGABYTE_LOG);
  await expect(page.locator('#results [data-result-id="sense-event-55"]').first()).toBeVisible({ timeout: 20_000 });
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
      }),
  );
  test.info().annotations.push({ type: 'frame-after-1MB-paste', description: `${ms.toFixed(1)} ms` });
});

test('a crafted log that expands without bound ends at once with what was read and a message; Cancel never leaves it running', async ({ page }) => {
  const { writeExpansionBomb } = await import('../unit/evtx/writer');
  await page.goto('/en/search');
  await page.waitForLoadState('networkidle');
  await page.getByTestId('log-file-input').setInputFiles({ name: 'crafted.evtx', mimeType: 'application/octet-stream', buffer: Buffer.from(writeExpansionBomb(10, 7, 3000)) });
  const progress = page.getByTestId('log-progress');
  const report = page.getByTestId('log-report');
  await expect(progress.or(report)).toBeVisible({ timeout: 10_000 });
  // If the reading is still going when we look, Cancel must end it within a second.
  let cancelled = false;
  if (await progress.isVisible()) {
    cancelled = await page
      .getByTestId('log-cancel')
      .click({ timeout: 1_000 })
      .then(() => true)
      .catch(() => false);
    await expect(progress).toBeHidden({ timeout: 1_000 });
  }
  await expect(report.or(page.getByTestId('log-stopped'))).toBeVisible({ timeout: 5_000 });
  // Read to the end: the damage is named. Cancelled: the report or the notice says so.
  if (await report.isVisible()) await expect(page.getByTestId('log-problems')).toContainText(cancelled ? /could not be read|expand|cancel/i : /could not be read|expand/i);
});
