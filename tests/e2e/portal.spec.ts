import { expect } from '@playwright/test';
import { readEntries } from '../../lib/content/loader';
import { codeBadges } from '../../lib/labels';
import { categoryPath } from '../../lib/routes';
import { expectNoSeriousA11yViolations, watchOutgoingRequests, test } from './helpers';

const entries = readEntries('fr');

test('home > category > entry, by links alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Defender pour point de terminaison');
  await page.getByRole('navigation', { name: 'Catégories' }).getByRole('link', { name: 'Événements SENSE' }).click();
  await expect(page).toHaveURL(/\/fr\/categories\/sense-events$/);
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByRole('row').filter({ hasText: /^ID 15\b/ }).getByRole('link').click();
  await expect(page).toHaveURL(/\/fr\/sense-event-15$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('15');
  await expect(page.locator('blockquote[lang="en"]').first()).toContainText('Microsoft Defender for Endpoint can\'t start command channel with URL: _variable_');
});

test('every entry answers 200 at its stable URL with its code on the page', async ({ request }) => {
  // The seed articles' 44 entries, the SENSE catalogue and the installer's codes (tests/unit/content/catalogue.test.ts).
  expect(entries.length).toBeGreaterThanOrEqual(215);
  for (const entry of entries) {
    const response = await request.get(`/fr/${entry.id}`);
    expect(response.status(), entry.id).toBe(200);
    const html = await response.text();
    for (const badge of codeBadges(entry, 'fr')) expect(html, `${entry.id} shows ${badge}`).toContain(badge);
    expect(html).toContain(`data-entry-id="${entry.id}"`);
  }
});

test('every category page lists all of its entries', async ({ request }) => {
  const kinds = new Map<(typeof entries)[number]['kind'], string[]>();
  for (const e of entries) kinds.set(e.kind, [...(kinds.get(e.kind) ?? []), e.id]);
  for (const [kind, ids] of kinds) {
    const html = await (await request.get(categoryPath(kind))).text();
    for (const id of ids) expect(html, `${kind} lists ${id}`).toContain(`href="/fr/${id}"`);
  }
});

test('a deep link to a step scrolls it into view', async ({ page }) => {
  await page.goto('/fr/guide-newly-built-devices#step-20');
  const step = page.locator('#step-20');
  await expect(step).toBeInViewport();
  await expect(page.locator('#step-1')).not.toBeInViewport();
  await expect(page.locator('#cause-logon-required ol.step-list > li')).toHaveCount(28);
});

test('every heading and step carries a copy-link control to its own anchor', async ({ page }) => {
  await page.goto('/fr/script-event-15');
  for (const id of ['cause-start-pending', 'cause-elam-disabled', 'check-service-state', 'branches']) {
    await expect(page.locator(`a.anchor-link[href="#${id}"]`)).toBeVisible();
  }
  const bodyHeadings = page.locator('#details h2[id]');
  for (const h of await bodyHeadings.all()) {
    const id = await h.getAttribute('id');
    await expect(h.locator(`a.anchor-link[href="#${id}"]`)).toBeVisible();
  }
});

test('a copy button puts exactly the command on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/fr/guide-diagnostic-data-service');
  const block = page.locator('.code-block').filter({ hasText: 'sc config diagtrack start=auto' }).first();
  await block.getByRole('button', { name: /Copier/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('sc config diagtrack start=auto');
});

test('an unknown URL answers 404 and offers a search', async ({ page }) => {
  const response = await page.goto('/fr/sense-event-58');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable · Page not found');
  // A plain form to each language's lookup page (no engine on a 404).
  await page.getByRole('searchbox', { name: /Code d’erreur/ }).fill('0x87D1FDE8');
  await page.getByRole('searchbox', { name: /Code d’erreur/ }).press('Enter');
  await expect(page).toHaveURL(/\/fr\/recherche\?q=0x87D1FDE8$/);
  await expect(page.locator('[data-result-id="intune-error-0x87d1fde8"]')).toBeVisible();
  for (const path of ['/en/sense-event-58', '/fr/categories/nope', '/en/categories/nope', '/de', '/de/sense-event-5', '/en/recherche-nope']) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test('the sitemap lists every entry in both languages, each with its twin', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const e of entries) {
    expect(xml).toContain(`/fr/${e.id}</loc>`);
    expect(xml).toContain(`/en/${e.id}</loc>`);
  }
  expect(xml).toContain('hreflang="en" href="/en/sense-event-5"');
  expect(xml).toContain('<loc>/en/search</loc>');
});

test('pages have their own title and description', async ({ page }) => {
  await page.goto('/fr/intune-error-0x87d1fde8');
  await expect(page).toHaveTitle(/0x87D1FDE8.*· Dépannage MDE$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
});

test('no request leaves 127.0.0.1 while browsing', async ({ page }) => {
  const outside = watchOutgoingRequests(page);
  for (const path of ['/', '/fr/categories/guides', '/fr/guide-antivirus-policy', '/fr/recherche?q=0x87D1FDE8', '/nope']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.getByRole('searchbox', { name: /Error code/ }).fill('sense event 5');
  expect(outside).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of [
      ['home', '/'],
      ['category', '/fr/categories/sense-events'],
      ['event entry', '/fr/sense-event-5'],
      ['multi-cause entry', '/fr/intune-error-0x87d1fde8'],
      ['guide', '/fr/guide-newly-built-devices'],
      ['lookup', '/fr/recherche?q=0x87D1FDE8'],
      ['404', '/nope'],
      ['English home', '/en'],
      ['English category', '/en/categories/intune-errors'],
      ['English entry', '/en/script-event-15'],
      ['English guide', '/en/guide-newly-built-devices'],
      ['English lookup', '/en/search?q=SENSE%20event%2015'],
    ] as const) {
      test(`${name} has no serious or critical axe violation`, async ({ page }) => {
        // axe on the 168-row SENSE category takes 15–20 s alone on a loaded 2-core machine.
        test.setTimeout(90_000);
        await page.goto(path);
        await expectNoSeriousA11yViolations(page, `${name} (${scheme})`);
      });
    }
  });
}
