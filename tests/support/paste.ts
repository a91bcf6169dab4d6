/**
 * Pasting as a person does, for the Playwright journeys and the web bench: a
 * paste event with clipboard data on the focused element, so the page's own
 * paste handler reads it (Playwright's fill() types into <input>, which drops
 * line breaks, and never fires a paste).
 */
import type { Page } from '@playwright/test';

/** A 1 MB Event Viewer text export whose one known event (SENSE 55) is its very last line. */
export const ONE_MEGABYTE_LOG = `${'11/21/2026 10:00:00 AM 1000 Information Routine message\n'.repeat(18_000)}SENSE event 55\n`;

export async function pasteIntoFocused(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
