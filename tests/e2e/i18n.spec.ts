/**
 * The English edition beside the French one: every entry at /en/<id>, the
 * language switch landing on the twin page (same anchor, same query), the
 * choice remembered, and lookups across languages.
 */
import { expect } from '@playwright/test';
import { test } from './helpers';
import { readEntries } from '../../lib/content/loader';
import { codeBadges } from '../../lib/labels';

const english = readEntries('en');
const french = readEntries('fr');

test('every English entry answers 200 at /en/<id>, in English, with its code', async ({ request }) => {
  expect(english).toHaveLength(french.length);
  expect(english.length).toBeGreaterThanOrEqual(215);
  for (const entry of english) {
    const response = await request.get(`/en/${entry.id}`);
    expect(response.status(), entry.id).toBe(200);
    const html = await response.text();
    expect(html, entry.id).toContain('<html lang="en"');
    expect(html).toContain(`data-entry-id="${entry.id}"`);
    for (const badge of codeBadges(entry, 'en')) expect(html, `${entry.id} shows ${badge}`).toContain(badge);
    // Its twin is announced for search engines and the language switch.
    expect(html).toContain(`hrefLang="fr" href="/fr/${entry.id}"`);
  }
});

test('every French URL of before the English edition still answers 200, in French', async ({ request }) => {
  const paths = ['/', '/?q=0x87D1FDE8', '/fr/recherche', '/fr/recherche?q=SENSE%2015', ...french.map((e) => `/fr/${e.id}`)];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<html lang="fr"');
  }
  expect((await request.get('/fr', { maxRedirects: 0 })).headers().location).toBe('/');
});

test('the language switch keeps the step: #step-8 of the 28-step guide, in view', async ({ page }) => {
  await page.goto('/fr/guide-newly-built-devices#step-8');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/guide-newly-built-devices#step-8$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#step-8')).toBeInViewport();
  await expect(page.locator('#step-8')).toContainText('net start sense');
  // And back.
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await expect(page).toHaveURL(/\/fr\/guide-newly-built-devices#step-8$/);
  await expect(page.locator('#step-8')).toBeInViewport();
});

test('the language switch keeps the query of a lookup, and the home remembers the choice', async ({ page }) => {
  await page.goto('/fr/recherche?q=0x87D1FDE8');
  await expect(page.locator('[data-result-id="intune-error-0x87d1fde8"]')).toBeVisible();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=0x87D1FDE8$/);
  await expect(page.locator('[data-result-id="intune-error-0x87d1fde8"] h3')).toContainText('0x87D1FDE8');
  await expect(page.getByRole('searchbox')).toHaveValue('0x87D1FDE8');
  // `/` has no language in its URL: the remembered choice applies there.
  await page.goto('/?q=SENSE%205');
  await expect(page).toHaveURL(/\/en\?q=SENSE(%20|\+)5$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Choosing French again sticks too.
  await page.getByRole('link', { name: 'Lire cette page en français' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?q=SENSE(%20|\+)5$/);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a French message pasted on the English page finds its entry, shown in English', async ({ page }) => {
  await page.goto('/en/search');
  await page
    .getByRole('searchbox')
    .fill('Microsoft Defender pour point de terminaison service n’a pas pu se connecter au serveur à l’adresse https://winatp-gw-weu.microsoft.com/');
  const card = page.locator('[data-result-id="sense-event-5"]').first();
  await expect(card).toHaveAttribute('data-match', 'message');
  await expect(card.getByRole('heading')).toHaveText(english.find((e) => e.id === 'sense-event-5')?.title ?? '');
  await expect(card).toContainText('https://winatp-gw-weu.microsoft.com/');
  await expect(card.getByRole('link', { name: /Open the full entry/ })).toHaveAttribute('href', /^\/en\/sense-event-5/);
});

test('an English message on the French page shows the French card', async ({ page }) => {
  await page.goto('/fr/recherche');
  await page.getByRole('searchbox').fill("Microsoft Defender for Endpoint can't start command channel with URL: https://x.example/");
  const card = page.locator('[data-result-id="sense-event-15"]').first();
  await expect(card).toHaveAttribute('data-match', 'message');
  await expect(card.getByRole('heading')).toHaveText(french.find((e) => e.id === 'sense-event-15')?.title ?? '');
  await expect(card).toContainText('Journal');
});

test('the English interface has no French left: home, card, runbook controls', async ({ page }) => {
  await page.goto('/en/search?q=event%2015');
  await expect(page.getByTestId('lookup-status')).toHaveText('2 results: say which log.');
  await expect(page.getByTestId('ambiguity')).toContainText('Event 15 exists in several logs');
  await page.goto('/en/script-event-15');
  await expect(page.getByRole('button', { name: 'Copy for a ticket' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset' })).toBeVisible();
  await expect(page.getByText('Show every cause')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/Réinitialiser|Copier|Étape|Journal|Résultats/);
});
