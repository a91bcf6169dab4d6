/**
 * The layout as people meet it: on a phone the first card is on the first
 * screen, shortcut hints only where there is a keyboard, the small-screen menu,
 * "on this page" on wide screens, a progress bar that is really drawn, heading
 * levels that do not skip, and the site's icon and robots.txt.
 */
import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, test } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const SCREEN_HEIGHT = PHONE.viewport.height;

const cards = (page: Page) => page.locator('#results article.result-card');

const EVENT_VIEWER_BLOCK = `Log Name:      Microsoft-Windows-SENSE/Operational
Source:        Microsoft-Windows-SENSE
Date:          21/11/2026 10:02:13
Event ID:      15
Task Category: None
Level:         Error
Keywords:
User:          SYSTEM
Computer:      PC-042.contoso.local
Description:
Microsoft Defender for Endpoint can't start command channel with URL: https://winatp-gw-neu.microsoft.com/commands

Log Name:      Microsoft-Windows-SENSE/Operational
Source:        Microsoft-Windows-SENSE
Event ID:      5
Level:         Error
Description:
Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-neu.microsoft.com/`;

/** Top of the first card and bottom of its title, in CSS pixels from the top of the first screen. */
async function firstCardPosition(page: Page): Promise<{ top: number; titleBottom: number }> {
  const card = cards(page).first();
  await expect(card).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await card.boundingBox();
  const title = await card.getByRole('heading').boundingBox();
  if (!box || !title) throw new Error('first card has no box');
  return { top: box.y, titleBottom: title.y + title.height };
}

test.describe('on a phone (390×844)', () => {
  test.use(PHONE);

  test('the first card of a shared ?q= lookup starts on the first screen', async ({ page }) => {
    await page.goto('/?q=0x87D1FDE8');
    await expect(cards(page).first()).toHaveAttribute('data-result-id', 'intune-error-0x87d1fde8');
    const { top, titleBottom } = await firstCardPosition(page);
    test.info().annotations.push({ type: 'first-card-y', description: `?q=0x87D1FDE8: card at y=${top.toFixed(0)}, title ends at y=${titleBottom.toFixed(0)}` });
    expect(top).toBeLessThan(SCREEN_HEIGHT);
    // Not just its border: the title, what the card is about, is readable without scrolling.
    expect(titleBottom).toBeLessThanOrEqual(SCREEN_HEIGHT);
  });

  test('the first card of a pasted Event Viewer block starts on the first screen', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.evaluate((text) => navigator.clipboard.writeText(text), EVENT_VIEWER_BLOCK);
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('Control+V');
    await expect(page.getByRole('textbox', { name: /Code d’erreur/ })).toHaveValue(EVENT_VIEWER_BLOCK);
    await expect(cards(page).first()).toHaveAttribute('data-result-id', 'sense-event-15');
    const { top, titleBottom } = await firstCardPosition(page);
    test.info().annotations.push({ type: 'first-card-y', description: `Event Viewer paste: card at y=${top.toFixed(0)}, title ends at y=${titleBottom.toFixed(0)}` });
    expect(top).toBeLessThan(SCREEN_HEIGHT);
    expect(titleBottom).toBeLessThanOrEqual(SCREEN_HEIGHT);
  });

  test('no keyboard-shortcut hint on a touch screen without hover', async ({ page }) => {
    await page.goto('/fr/recherche');
    // The emulated device is what the hint is keyed on: no hovering fine pointer.
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
    await expect(page.getByTestId('shortcut-hint')).toBeHidden();
    await expect(page.locator('#results ~ kbd, .search-panel kbd').first()).toBeHidden();
    // The box still explains what to paste.
    await expect(page.locator('#lookup-hint')).toBeVisible();
  });

  test('the menu button opens the categories, language and theme, and Escape closes it', async ({ page }) => {
    await page.goto('/fr/sense-event-5');
    const nav = page.getByRole('navigation', { name: 'Catégories' });
    await expect(nav).toBeHidden();
    const button = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'Read this page in English' })).toBeVisible();
    await expect(page.getByLabel('Thème')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    // And a category link from the menu lands on its page, with the menu closed.
    await button.click();
    await nav.getByRole('link', { name: 'Événements SENSE' }).click();
    await expect(page).toHaveURL(/\/fr\/categories\/sense-events$/);
    await expect(page.getByRole('navigation', { name: 'Catégories' })).toBeHidden();
  });

  test('a step gets most of the width, and the category table cuts no column', async ({ page }) => {
    await page.goto('/fr/guide-newly-built-devices');
    const text = await page.locator('#step-1 .step-text').boundingBox();
    expect(text?.width ?? 0).toBeGreaterThan(250);
    await page.goto('/en/categories/sense-events');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const row = page.getByRole('row').filter({ hasText: 'ID 15' });
    // The last column (the event message) is on screen, whole.
    const message = await row.getByRole('cell').last().boundingBox();
    expect((message?.x ?? 0) + (message?.width ?? 999)).toBeLessThanOrEqual(390);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the phone layout has no serious axe violation (${scheme})`, async ({ page }) => {
      // Four axe passes, one on the SENSE category page with its 168 rows: far more than 30 s on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/?q=0x87D1FDE8', '/fr/categories/sense-events', '/en/guide-newly-built-devices']) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page, `${path} at 390 px (${scheme})`);
      }
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      await expectNoSeriousA11yViolations(page, `open menu at 390 px (${scheme})`);
    });
  }
});

test.describe('with a keyboard and a mouse', () => {
  test('the shortcut hint is shown', async ({ page }) => {
    await page.goto('/fr/recherche');
    expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(true);
    await expect(page.getByTestId('shortcut-hint')).toBeVisible();
    await expect(page.getByTestId('shortcut-hint')).toContainText('Ctrl');
  });
});

test.describe('an entry at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"on this page" lists the sections in page order and follows the reading', async ({ page }) => {
    await page.goto('/fr/guide-newly-built-devices');
    const toc = page.getByRole('navigation', { name: 'Sur cette page' });
    await expect(toc).toBeVisible();
    const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining(['#cause', '#le-scenario', '#les-versions-de-windows-concernees', '#branches', '#cause-logon-required', '#source']),
    );
    // Same order as on the page: the explanations before the steps.
    const order = await page.evaluate((ids) => ids.map((id) => document.getElementById(id.slice(1))?.getBoundingClientRect().top ?? NaN), hrefs as string[]);
    expect(order.every((y, i) => i === 0 || Number.isNaN(y) || y >= (order[i - 1] ?? 0))).toBe(true);
    // Clicking a link shows that section and marks it as the one being read.
    await toc.getByRole('link', { name: 'Avant de commencer' }).click();
    await expect(page).toHaveURL(/#avant-de-commencer$/);
    await expect(page.locator('#avant-de-commencer')).toBeInViewport();
    await expect(toc.getByRole('link', { name: 'Avant de commencer' })).toHaveAttribute('aria-current', 'location');
    // It stays on screen while the page scrolls (sticky).
    await page.locator('#step-20').scrollIntoViewIfNeeded();
    await expect(toc).toBeInViewport();
  });

  test('the explanations ("Le scénario") come before the 28 steps', async ({ page }) => {
    await page.goto('/fr/guide-newly-built-devices');
    const scenario = await page.locator('#le-scenario').boundingBox();
    const firstStep = await page.locator('#step-1').boundingBox();
    expect(scenario && firstStep && scenario.y < firstStep.y).toBe(true);
    await expect(page.locator('#details ul').first()).toHaveCSS('list-style-type', 'disc');
  });

  test('is not shown below 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('/fr/guide-newly-built-devices');
    await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeHidden();
  });

  test('the progress bar is drawn by the site: an empty track at 0, filling as steps are ticked', async ({ page }) => {
    await page.goto('/fr/guide-diagnostic-data-service');
    const bar = page.locator('.runbook-controls progress');
    await expect(bar).toHaveCSS('appearance', 'none');
    const colours = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (v: string) => {
        probe.style.color = `var(${v})`;
        return getComputedStyle(probe).color;
      };
      const result = { track: read('--color-line-strong'), value: read('--color-ok') };
      probe.remove();
      return result;
    });
    expect(colours.track).not.toBe(colours.value);

    /** Colour of the bar's pixel at a fraction of its width, read from a screenshot. */
    async function pixelAt(fraction: number): Promise<string> {
      const png = (await bar.screenshot({ animations: 'disabled' })).toString('base64');
      return page.evaluate(
        async ({ png, fraction }) => {
          const img = new Image();
          img.src = `data:image/png;base64,${png}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = img.width;
          canvas.height = img.height;
          const ctx = canvas.getContext('2d');
          if (!ctx) return '';
          ctx.drawImage(img, 0, 0);
          const [r, g, b] = ctx.getImageData(Math.round(img.width * fraction), Math.floor(img.height / 2), 1, 1).data;
          return `rgb(${r}, ${g}, ${b})`;
        },
        { png, fraction },
      );
    }

    // At 0: the whole bar is the empty track (a UA bar would be drawn in its own greys and blues).
    expect(await pixelAt(0.1)).toBe(colours.track);
    expect(await pixelAt(0.9)).toBe(colours.track);
    // Tick more than half: the start is filled, the end still empty.
    const boxes = page.getByRole('checkbox', { name: /^Étape faite/ });
    const total = await boxes.count();
    for (let i = 0; i < Math.ceil(total * 0.6); i++) await boxes.nth(i).check();
    await expect.poll(() => pixelAt(0.1)).toBe(colours.value);
    expect(await pixelAt(0.97)).toBe(colours.track);
  });
});

test('no heading level is skipped on the home, lookup, entry and category pages', async ({ page }) => {
  for (const path of ['/?q=0x87D1FDE8', '/fr/recherche?q=event%2015', '/en/search?q=SENSE%20event%2015', '/fr/intune-error-0x87d1fde8', '/fr/guide-newly-built-devices', '/en/categories/guides']) {
    await page.goto(path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
    expect(levels[0], path).toBe(1);
    levels.forEach((level, i) => {
      if (i) expect(level - (levels[i - 1] ?? 1), `${path}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1);
    });
  }
});

test('the site has an icon and a robots.txt, and /favicon.ico answers', async ({ page, request }) => {
  for (const path of ['/', '/fr/sense-event-5', '/nope']) {
    await page.goto(path);
    const href = await page.locator('link[rel~="icon"]').first().getAttribute('href');
    expect(href, path).toBeTruthy();
    const icon = await request.get(href ?? '');
    expect(icon.status(), `${path}: ${href}`).toBe(200);
  }
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/icon/);
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*$/m);
});
