import { expect } from '@playwright/test';
import { readEntries } from '../../lib/content/loader';
import { runbookData } from '../../lib/runbook/steps';
import { expectNoSeriousA11yViolations, test } from './helpers';

const GUIDE = '/fr/guide-diagnostic-data-service';

test.describe('runbook progress', () => {
  test('ticks survive a reload, show n of N, and reset clears them', async ({ page }) => {
    await page.goto(GUIDE);
    const boxes = page.getByRole('checkbox', { name: /^Étape faite/ });
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(4);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect(page.locator('.runbook-count')).toHaveText(`2 sur ${total} étapes faites`);
    await page.reload();
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(1)).not.toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    await expect(page.locator('.runbook-count')).toHaveText(`2 sur ${total} étapes faites`);
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await expect(page.locator('.runbook-count')).toHaveText(`0 sur ${total} étapes faites`);
    await page.reload();
    await expect(boxes.nth(0)).not.toBeChecked();
  });

  test('ticks made in English show in French and the reverse, through the language switch', async ({ page }) => {
    await page.goto('/en/guide-newly-built-devices');
    const en = page.getByRole('checkbox', { name: /^Step done/ });
    const total = await en.count();
    for (const i of [0, 1, 2, 5]) await en.nth(i).check();
    await expect(page.locator('.runbook-count')).toHaveText(new RegExp(`^4 of \\d+ steps done`));
    await page.getByRole('link', { name: 'Lire cette page en français' }).first().click();
    await expect(page).toHaveURL(/\/fr\/guide-newly-built-devices/);
    const fr = page.getByRole('checkbox', { name: /^Étape faite/ });
    await expect(fr).toHaveCount(total);
    for (const i of [0, 1, 2, 5]) await expect(fr.nth(i)).toBeChecked();
    await expect(fr.nth(3)).not.toBeChecked();
    await expect(page.locator('.runbook-count')).toHaveText(/^4 sur \d+ étapes faites/);
    // A tick made in French shows back in English; nothing ticked in either is lost.
    await fr.nth(3).check();
    await page.goto('/en/guide-newly-built-devices');
    for (const i of [0, 1, 2, 3, 5]) await expect(en.nth(i)).toBeChecked();
  });

  test('ticks stored per edition by an earlier version are carried over, not lost', async ({ page }) => {
    const entry = readEntries('fr').find((e) => e.id === 'guide-diagnostic-data-service');
    if (!entry) throw new Error('no guide-diagnostic-data-service');
    const { steps, version, editionVersion } = runbookData(entry);
    const oldKey = `mde-runbook:${entry.id}:${editionVersion}`;
    await page.goto(GUIDE);
    await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify(ids)), [oldKey, [steps[0]?.id, steps[2]?.id]] as const);
    await page.reload();
    const boxes = page.getByRole('checkbox', { name: /^Étape faite/ });
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain(`mde-runbook:${entry.id}:${version}`);
    expect(keys).not.toContain(oldKey);
  });

  test('ticks saved under another content version are not shown, and are dropped', async ({ page }) => {
    await page.goto(GUIDE);
    const stepIds = await page.locator('li.step').evaluateAll((els) => els.map((e) => e.id));
    await page.evaluate((ids) => {
      localStorage.setItem('mde-runbook:guide-diagnostic-data-service:00000000', JSON.stringify(ids));
    }, stepIds);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /^Étape faite/ }).first()).not.toBeChecked();
    await expect(page.locator('.runbook-count')).toHaveText(new RegExp(`^0 sur ${stepIds.length}`));
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).not.toContain('mde-runbook:guide-diagnostic-data-service:00000000');
  });

  test('keyboard alone ticks a step, picks a branch and copies a command', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/fr/script-event-15');
    const box = page.getByRole('checkbox', { name: /^Étape faite : Étape 1/ }).first();
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();

    const radio = page.getByRole('radio', { name: /577/ });
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#cause-elam-disabled')).toBeVisible();
    await expect(page.locator('#cause-start-pending')).toBeHidden();

    await page.getByRole('radio', { name: 'Afficher toutes les causes' }).focus();
    await page.keyboard.press('Space');
    const copy = page.locator('#check-service-state').getByRole('button', { name: /Copier : sc query sense/ });
    await copy.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('sc query sense');
  });
});

test.describe('branches', () => {
  test('the branch question shows the matching branch only', async ({ page }) => {
    await page.goto('/fr/intune-error-0x87d1fde8');
    await expect(page.locator('section.branch')).toHaveCount(4);
    await page.getByRole('radio', { name: 'SenseIsRunning, OnboardingState ou OrgId' }).check();
    await expect(page.locator('#cause-read-only-property')).toBeVisible();
    for (const other of ['cause-wrong-blob', 'cause-policy-key', 'cause-unsupported-sku']) await expect(page.locator(`#${other}`)).toBeHidden();
    await expect(page).toHaveURL(/#cause-read-only-property$/);
  });

  test('a deep link to a branch opens it in view', async ({ page }) => {
    await page.goto('/fr/intune-error-0x87d1fde8#cause-unsupported-sku');
    await expect(page.locator('#cause-unsupported-sku')).toBeInViewport();
    await expect(page.locator('#cause-wrong-blob')).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Tous les OMA-URI' })).toBeChecked();
  });

  test('a deep link to a step inside a branch selects the branch and scrolls the step into view', async ({ page }) => {
    await page.goto('/fr/guide-newly-built-devices#step-24');
    await expect(page.locator('#step-24')).toBeInViewport();
    await expect(page.locator('#cause-logon-required')).toBeVisible();
  });
});

test('copy for a ticket lists ticked and unticked steps with the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${GUIDE}?v=${encodeURIComponent('Appareil=PC-042')}`);
  await expect(page.getByRole('complementary', { name: 'Valeurs relevées dans votre recherche' })).toContainText('PC-042');
  await page.getByRole('checkbox', { name: /^Étape faite/ }).first().check();
  await page.getByRole('button', { name: 'Copier pour un ticket' }).click();
  const ticket = await page.evaluate(() => navigator.clipboard.readText());
  expect(ticket).toContain('Vérifier');
  expect(ticket).toMatch(/http:\/\/127\.0\.0\.1:\d+\/fr\/guide-diagnostic-data-service/);
  expect(ticket).toMatch(/- \[x\] /);
  expect(ticket).toMatch(/- \[ \] /);
  expect(ticket).toContain('PC-042');
  expect(ticket).toMatch(/1 sur \d+ étapes faites/);
});

test('print shows every branch and step, without navigation', async ({ page }) => {
  await page.goto('/fr/intune-error-0x87d1fde8');
  await page.getByRole('radio', { name: 'Tous les OMA-URI' }).check();
  await expect(page.locator('#cause-wrong-blob')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  for (const id of ['cause-wrong-blob', 'cause-policy-key', 'cause-read-only-property', 'cause-unsupported-sku']) {
    await expect(page.locator(`#${id}`)).toBeVisible();
  }
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.runbook-controls')).toBeHidden();
  const after = await page
    .locator('a[href^="https://learn.microsoft.com"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://learn.microsoft.com');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('steps are a readable ordered list and every branch is shown', async ({ page }) => {
    await page.goto('/fr/script-event-15');
    await expect(page.locator('#cause-start-pending')).toBeVisible();
    await expect(page.locator('#cause-elam-disabled')).toBeVisible();
    await expect(page.locator('#cause-start-pending ol.step-list > li')).toHaveCount(4);
    await expect(page.locator('#check-service-state')).toContainText('sc query sense');
    await page.goto('/fr/guide-newly-built-devices#step-12');
    await expect(page.locator('#step-12')).toBeVisible();
  });
});

test('the theme toggle is remembered and stays accessible in dark mode', async ({ page }) => {
  await page.goto('/fr/script-event-15');
  await page.getByLabel('Thème').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(15, 23, 42)');
  await expectNoSeriousA11yViolations(page, 'entry in pinned dark theme');
  await page.getByLabel('Thème').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});
