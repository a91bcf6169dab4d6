/**
 * The whole SENSE catalogue as people use it (issue 19): the category page
 * filtered as you type and by kind of event, with the keyboard alone; a
 * dropped Event Viewer XML export whose SENSE events are all ours; an
 * installer's last line pasted on the home page.
 */
import { expect } from '@playwright/test';
import { expectNoSeriousA11yViolations, test } from './helpers';

/** Five SENSE events the seed article never covered, as Event Viewer's "Save as XML" writes them. */
function senseExport(): string {
  const event = (id: number, level: number, time: string, data: string[]) =>
    `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-SENSE' Guid='{CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F}'/><EventID>${id}</EventID><Level>${level}</Level><TimeCreated SystemTime='${time}'/><EventRecordID>${id}</EventRecordID><Channel>Microsoft-Windows-SENSE/Operational</Channel><Computer>PC-0042.contoso.com</Computer></System><EventData>${data.map((d) => `<Data>${d}</Data>`).join('')}</EventData></Event>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Events>',
    event(1, 4, '2026-12-01T07:00:00.0000000Z', ['10.8760.19041.4355']),
    event(11, 4, '2026-12-01T07:01:00.0000000Z', []),
    event(4, 4, '2026-12-01T07:05:00.0000000Z', ['1', 'https://winatp-gw-weu.microsoft.com/']),
    event(84, 4, '2026-12-01T07:06:00.0000000Z', ['Passive']),
    event(92, 4, '2026-12-01T08:00:00.0000000Z', ['3']),
    '</Events>',
  ].join('\n');
}

test('a dropped XML export of SENSE events 1, 4, 11, 92 and 84 shows each with its card, none under "other events"', async ({ page }) => {
  await page.goto('/en/search');
  await page.waitForLoadState('networkidle');
  await page.getByTestId('log-file-input').setInputFiles({ name: 'sense.xml', mimeType: 'text/xml', buffer: Buffer.from(senseExport()) });
  const report = page.getByTestId('log-report');
  await expect(report).toBeVisible({ timeout: 20_000 });
  for (const id of [1, 4, 11, 92, 84]) await expect(report.locator(`[data-result-id="sense-event-${id}"]`).first()).toBeVisible();
  await expect(page.getByTestId('log-others')).toHaveCount(0);
  // An informational event is shown as one, never as an error.
  await expect(report.locator('[data-result-id="sense-event-11"] [data-event-class]').first()).toHaveAttribute('data-event-class', 'notification');
});

test('"Script will exit with code 38(0x26)" pasted on the English home shows the tamper-protection card', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('searchbox').fill('[SRV01:4242 24/11/26T10:02:13.441 Install.ps1:1435] Script will exit with code 38(0x26)');
  const card = page.locator('#results article.result-card').first();
  await expect(card).toHaveAttribute('data-result-id', 'installer-exit-38');
  await expect(card).toContainText(/tamper protection/i);
});

test.describe('the SENSE category page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`filters as you type and by kind of event, with the keyboard alone (${scheme})`, async ({ page }) => {
      // A 168-row page filtered several times, then axe over it: more than 30 s on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/en/categories/sense-events');
      await page.waitForLoadState('networkidle');
      const rows = page.locator('[data-row]');
      const total = await rows.count();
      expect(total).toBeGreaterThanOrEqual(165);
      // Grouped by part of the sensor, every row with its kind of event.
      await expect(page.locator('section[data-group]')).toHaveCount(11);
      expect(await page.locator('[data-row] [data-event-class]').count()).toBe(total);

      // Keyboard: Tab into the filter, type; the list narrows as you type.
      const filter = page.getByTestId('category-filter');
      await filter.focus();
      await page.keyboard.type('quota');
      await expect(page.locator('[data-row="sense-event-92"]')).toBeVisible();
      await expect(rows).not.toHaveCount(total);
      const quota = await rows.count();
      expect(quota).toBeGreaterThan(0);
      await expect(page.getByTestId('category-count')).toHaveText(new RegExp(`^${quota} of ${total} entries shown$`));
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('failed');
      await expect(page.locator('[data-row="sense-event-92"]')).toHaveCount(0);
      const afterText = await rows.count();
      expect(afterText).toBeGreaterThan(0);

      // Tab to the kinds of event, arrows pick one: only the errors among the failures remain.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('radio', { name: 'All' })).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: 'Error to act on' })).toBeChecked();
      const errorRows = page.locator('[data-row] [data-event-class]');
      expect(await errorRows.count()).toBeGreaterThan(0);
      expect(await errorRows.count()).toBeLessThan(afterText);
      for (const cls of await errorRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-class')))) expect(cls).toBe('error');

      // Back to the filter, clear it, then Tab to the chosen kind and arrow on to "Normal operation".
      await filter.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('radio', { name: 'Error to act on' })).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: 'Normal operation' })).toBeChecked();
      for (const cls of await errorRows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-class')))) expect(cls).toBe('notification');
      await expect(page.locator('[data-row="sense-event-11"]')).toBeVisible();
      await expect(page.locator('[data-row="sense-event-5"]')).toHaveCount(0);

      await expectNoSeriousA11yViolations(page, `the SENSE category page (${scheme})`);
    });
  }

  test('an undocumented event says so and gives no advice; a notification says no action is needed', async ({ page }) => {
    await page.goto('/en/sense-event-54');
    await expect(page.getByTestId('undocumented')).toBeVisible();
    await expect(page.locator('#resolution')).toHaveCount(0);
    await page.goto('/fr/sense-event-11');
    await expect(page.getByTestId('no-action')).toBeVisible();
    await expect(page.locator('.entry-kind [data-event-class]')).toHaveAttribute('data-event-class', 'notification');
  });
});
