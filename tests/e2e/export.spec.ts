/**
 * The static export (npm run export), served by a plain static server
 * (bin/static-server.js) under a base path, with no Node server behind it:
 * the journeys people take, the lookup in the browser, the headers a static
 * host sends. Runs as the Playwright project "export".
 */
import { expect, type Page } from '@playwright/test';
import { test } from './helpers';

const BASE = process.env.E2E_EXPORT_BASE ?? '/mde';
const at = (path: string) => `${BASE}${path}`;
const cards = (page: Page) => page.locator('#results article.result-card');

/** Fails on any same-origin response of 400 or more (a chunk or payload the export lacks). */
function watchBrokenFiles(page: Page): string[] {
  const broken: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).hostname === '127.0.0.1') broken.push(`${r.status()} ${r.url()}`);
  });
  return broken;
}

test('home → lookup → entry, all in the browser', async ({ page }) => {
  const broken = watchBrokenFiles(page);
  await page.goto(at('/'));
  await expect(page.locator('html')).toHaveAttribute('lang', /^fr/);
  await page.getByRole('searchbox').fill('0x87D1FDE8');
  await expect(cards(page).first()).toHaveAttribute('data-result-id', 'intune-error-0x87d1fde8');
  await expect(page).toHaveURL(new RegExp(`${BASE}/\\?q=0x87D1FDE8$`));
  await page.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}/fr/intune-error-0x87d1fde8`));
  await expect(page.locator('h1')).toContainText('0x87D1FDE8');
  expect(broken).toEqual([]);
});

test('a shared ?q= link shows its cards without a server, on the home and the lookup pages', async ({ page }) => {
  await page.goto(at('/?q=0x87D1FDE8'));
  await expect(cards(page).first()).toHaveAttribute('data-result-id', 'intune-error-0x87d1fde8');
  await expect(page.getByRole('searchbox')).toHaveValue('0x87D1FDE8');
  await page.goto(at(`/en/search?q=${encodeURIComponent('stuck in passive mode')}`));
  await expect(cards(page).first()).toHaveAttribute('data-result-id', 'guide-stuck-passive-mode');
  await page.goto(at(`/fr/recherche?q=${encodeURIComponent('SENSE event 5')}`));
  await expect(cards(page).first()).toHaveAttribute('data-result-id', 'sense-event-5');
});

test('runbook ticks are kept across a reload', async ({ page }) => {
  await page.goto(at('/fr/guide-diagnostic-data-service'));
  const boxes = page.getByRole('checkbox', { name: /^Étape faite/ });
  const total = await boxes.count();
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.locator('.runbook-count')).toHaveText(`2 sur ${total} étapes faites`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(page.locator('.runbook-count')).toHaveText(`2 sur ${total} étapes faites`);
});

test('deep links to a step and to a branch open where they point', async ({ page }) => {
  await page.goto(at('/fr/guide-newly-built-devices#step-8'));
  await expect(page.locator('#step-8')).toBeInViewport();
  await page.goto(at('/fr/script-event-15#cause-elam-disabled'));
  await expect(page.locator('#cause-elam-disabled')).toBeVisible();
  await expect(page.locator('#cause-elam-disabled')).toBeInViewport();
});

test('the language switch lands on the twin, with the fragment, under the base path', async ({ page }) => {
  await page.goto(at('/fr/sense-event-5#ce-que-signifie-cet-evenement'));
  await page.getByTestId('language-switch').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/en/sense-event-5#ce-que-signifie-cet-evenement$`));
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await page.getByTestId('language-switch').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/fr/sense-event-5#ce-que-signifie-cet-evenement$`));
});

test('links between pages keep the base path: category → entry → related', async ({ page }) => {
  const broken = watchBrokenFiles(page);
  await page.goto(at('/fr/categories/sense-events'));
  await page.getByRole('link', { name: /^(?:Événement )?SENSE 5\b|SENSE 5 :/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/fr/sense-event-5$`));
  await page.locator('.related-list a').first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/fr/[a-z0-9-]+$`));
  expect(broken).toEqual([]);
});

test('unknown paths get the 404 page; the host makes the redirects; one strict policy covers every file', async ({ request }) => {
  const missing = await request.get(at('/fr/sense-event-58'));
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toMatch(/introuvable|not found/i);
  const fr = await request.get(at('/fr'), { maxRedirects: 0 });
  expect(fr.status()).toBe(307);
  expect(fr.headers()['location']).toBe(`${BASE}/`);
  for (const url of [at('/'), at('/fr/sense-event-5'), at('/sitemap.xml'), at('/fr/nope')]) {
    const res = await request.get(url);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, url).toMatch(/script-src 'self';/);
    expect(res.headers()['x-frame-options'], url).toBe('DENY');
  }
  // No page has an inline script left: they all run under script-src 'self'.
  const html = await (await request.get(at('/fr/guide-newly-built-devices'))).text();
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>[^<]/);
  const sitemap = await (await request.get(at('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>${BASE}/fr/sense-event-5</loc>`);
});

test('a page opened by its file name (/en.html, /fr/x.html, /index.html) hydrates without error and shows one search box', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [file, searchboxes, twin] of [
    ['/en.html', 1, `${BASE}/`],
    ['/index.html', 1, `${BASE}/en`],
    ['/fr/sense-event-5.html', 1, `${BASE}/en/sense-event-5`],
  ] as const) {
    await page.goto(at(file));
    // The language switch points at the twin of the route, not of the file name.
    await expect(page.getByTestId('language-switch').first()).toHaveAttribute('href', twin);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('searchbox').filter({ visible: true })).toHaveCount(searchboxes);
  }
  expect(errors).toEqual([]);
});
