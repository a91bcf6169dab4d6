/**
 * The security headers on every kind of response of the production server
 * (page, `?q=` lookup, static asset, sitemap, 404, 400, 405), and a strict
 * policy that still lets every page run its own scripts.
 */
import { expect, type APIResponse } from '@playwright/test';
import { BASE_HEADERS } from '../../bin/security-headers.js';
import { test } from './helpers';

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp, `${what}: Content-Security-Policy`).not.toBe('');
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('default-src'));
  expect(scriptSrc, `${what}: script-src`).toMatch(/^(script|default)-src 'self'/);
  expect(scriptSrc, `${what}: script-src`).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|https?:/);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(csp, what).toMatch(/object-src 'none'/);
  expect(csp, what).toMatch(/base-uri 'self'/);
  for (const [key, value] of Object.entries(BASE_HEADERS)) expect(h[key.toLowerCase()], `${what}: ${key}`).toBe(value);
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(h['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(h['permissions-policy'], what).toMatch(/camera=\(\)/);
  // One policy per response: two would be intersected and block the page's own scripts.
  expect(res.headersArray().filter((x) => x.name.toLowerCase() === 'content-security-policy'), what).toHaveLength(1);
}

test('pages, lookups, assets, the sitemap and errors all carry the security headers', async ({ request }) => {
  const entry = await request.get('/fr/sense-event-5');
  expect(entry.status()).toBe(200);
  expectSecurityHeaders(entry, 'entry page');
  const asset = (await entry.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset, 'a script of the page').toBeDefined();

  const cases: [string, string, number, string?][] = [
    ['entry page (English)', '/en/sense-event-5', 200],
    ['category page', '/fr/categories/guides', 200],
    ['home', '/', 200],
    ['home with ?q= (code)', '/?q=0x87D1FDE8', 200],
    ['lookup with ?q= (symptom)', `/en/search?q=${encodeURIComponent('stuck in passive mode')}`, 200],
    ['static asset', asset!, 200],
    ['sitemap', '/sitemap.xml', 200],
    ['404 outside the languages', '/xyz/abc', 404],
    ['404 for an unknown id', '/fr/sense-event-58', 404],
    ['the 404 page by its internal name', '/_not-found', 404],
    ['400 for %ff', '/fr/%ff', 400],
    ['400 for a truncated sequence', '/fr/%E0%A4%A', 400],
    ['404 for a missing asset', '/_next/static/chunks/nope.js', 404],
  ];
  for (const [what, url, status] of cases) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), what).toBe(status);
    expectSecurityHeaders(res, what);
  }
});

test('pages answer 405 to every method but GET and HEAD, with the headers, and never render', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    for (const url of ['/fr/sense-event-5', '/', '/en/search?q=x', '/xyz']) {
      const res = await request.fetch(url, { method, data: 'x=1', maxRedirects: 0 });
      expect(res.status(), `${method} ${url}`).toBe(405);
      expect(res.headers()['allow']).toBe('GET, HEAD');
      expect(await res.text()).not.toContain('<html');
      expectSecurityHeaders(res, `${method} ${url}`);
    }
  }
  // A forged server-action call is refused before Next looks at it.
  const action = await request.post('/', { headers: { 'Next-Action': 'abc' }, data: '[]' });
  expect(action.status()).toBe(405);
  const head = await request.head('/fr/sense-event-5');
  expect(head.status()).toBe(200);
  expectSecurityHeaders(head, 'HEAD');
});

test('400 for malformed percent-encoding is a short bilingual text, not a stack', async ({ request }) => {
  const res = await request.get('/fr/%ff');
  expect(res.status()).toBe(400);
  expect(res.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await res.text()).toMatch(/Requête invalide[\s\S]*Bad request/);
});

test('script-src: a nonce for pages rendered per request, hashes of the static page’s own inline scripts', async ({ request }) => {
  const scriptSrc = (res: APIResponse) => (res.headers()['content-security-policy'] ?? '').split(';').find((d) => d.trim().startsWith('script-src'))?.trim() ?? '';
  const a = await request.get('/?q=0x87D1FDE8');
  const b = await request.get('/?q=0x87D1FDE8');
  const nonceA = scriptSrc(a).match(/'nonce-([^']+)'/)?.[1];
  const nonceB = scriptSrc(b).match(/'nonce-([^']+)'/)?.[1];
  expect(nonceA).toBeDefined();
  expect(nonceA).not.toBe(nonceB);
  // Every inline script of the lookup page carries that nonce.
  const html = await a.text();
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>[\s\S]*?<\/script>/g)];
  expect(inline.length).toBeGreaterThan(0);
  for (const m of inline) if (!/nonce=/.test(m[1] ?? '')) expect(m[0]).toMatch(/localStorage\.getItem\("mde-theme"\)/); // the theme script goes by its hash

  const entry = await request.get('/fr/sense-event-5');
  expect(scriptSrc(entry)).toMatch(/'sha256-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+'){2,}/);
});

test('entry pages may be cached by a CDN, which revalidates after a deploy; lookups are never cached', async ({ request }) => {
  for (const url of ['/fr/sense-event-5', '/en/categories/guides']) {
    const cc = (await request.get(url)).headers()['cache-control'] ?? '';
    expect(cc, url).toMatch(/s-maxage=(\d+)/);
    expect(Number(cc.match(/s-maxage=(\d+)/)?.[1]), url).toBeLessThanOrEqual(600);
    expect(cc, url).toMatch(/max-age=0/);
    expect(cc, url).toMatch(/must-revalidate/);
  }
  const lookup = (await request.get('/?q=0x87D1FDE8')).headers()['cache-control'] ?? '';
  expect(lookup).toMatch(/no-store|private/);
  const asset = (await (await request.get('/fr/sense-event-5')).text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect((await request.get(asset!)).headers()['cache-control']).toMatch(/immutable/);
});

test('the sitemap lists relative URLs when SITE_URL is not set, never localhost', async ({ request }) => {
  test.skip(!!process.env.SITE_URL, 'SITE_URL is set');
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('<loc>/fr/sense-event-5</loc>');
  expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
});

test('under the policy, static and per-request pages run their scripts (hydrated, interactive)', async ({ page }) => {
  await page.goto('/fr/guide-newly-built-devices');
  const box = page.getByRole('checkbox').first();
  await box.check();
  await expect(page.getByText(/1 sur \d+ étapes? faites?/).first()).toBeVisible();
  await page.goto('/?q=0x87D1FDE8');
  const input = page.locator('#lookup-input');
  await input.fill('SENSE event 5');
  await expect(page).toHaveURL(/q=SENSE/);
});

test('the violation check itself works: an inline script without nonce or hash is reported', async ({ page, cspViolations }) => {
  await page.goto('/fr/sense-event-5');
  // A script injected as markup (as an XSS would be) is blocked and reported.
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="x:" onerror="window.__ran = 1">';
    document.body.append(div);
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 2';
    document.body.append(s);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  cspViolations.splice(0);
});
