// The dashboard in Debian's Firefox ESR (driven by puppeteer-core over WebDriver BiDi: Playwright drives only its
// own patched Firefox builds, which cannot be downloaded here) against the real system: key prompt, the seed
// articles' visits on the map, a statement search, the peace-process board, an article submitted through the form
// whose visit arrives live over the stream, and a phone-sized screen. Screenshots go to screenshots/firefox-*.png.
import * as fs from 'node:fs';
import * as path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readDemoArticles, submitDemoArticles } from '../../scripts/start/demo-articles';
import { DashboardSystem } from '../support/dashboard-system';
import type { RunningGateway } from '../support/ingest';
import { eventually } from '../support/projector-app';

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(__dirname, 'screenshots');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const LIVE_ARTICLE = `Grundberg in Muscat for Yemen talks

UN special envoy for Yemen Hans Grundberg arrived in Muscat on Tuesday, where he met Omani Foreign Minister Badr Albusaidi to discuss a nationwide ceasefire.`;

interface VisitItem {
  id: string;
  city: string | null;
  coordinates: [number, number] | null;
  sources: { articleId: string }[];
}

describe('dashboard (Firefox against the running system)', () => {
  let system: DashboardSystem;
  let gateway: RunningGateway;
  let keys: Record<'publisher' | 'reader' | 'admin', string>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const api = <T>(route: string): Promise<T> => system.api<T>(route);
  const count = (selector: string) => page.$$eval(selector, (nodes) => nodes.length);
  const countIs = (selector: string, n: number) => eventually(async () => ((await count(selector)) === n ? true : undefined), 15_000, `${n} × ${selector}`);
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `firefox-${name}.png`) as `${string}.png`, fullPage: true });

  beforeAll(async () => {
    if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    system = await DashboardSystem.start('firefox');
    ({ gateway, keys } = system);
    await system.startProjector();
    const ids = await submitDemoArticles(gateway.url, keys.publisher, readDemoArticles(path.join(ROOT, 'tests', 'fixtures', 'seeds')));
    await eventually(
      async () => ((await system.prisma.article.count({ where: { id: { in: ids } } })) === ids.length ? true : undefined),
      60_000,
      'the seed articles projected',
    );
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('asks for a reader key, keeps it for the session, and draws the seed articles’ visits on the map', async () => {
    await page.goto(`${gateway.url}/`);
    await page.locator('#key-input').fill(keys.reader);
    await page.locator('#key-form button[type="submit"]').click();
    await page.waitForSelector('#key-dialog', { hidden: true });
    expect(await page.evaluate("sessionStorage.getItem('newsroom.readerKey')")).toBe(keys.reader);

    const mapped = (await api<{ items: VisitItem[] }>('/api/visits?limit=200')).items.filter((v) => v.coordinates);
    expect(mapped.length).toBeGreaterThan(0);
    await countIs('circle.visit', mapped.length);
    expect(await count('#map-canvas g.countries path')).toBeGreaterThan(100);
    await page.waitForSelector('#status-stream[data-state="live"]');

    // keyboard: a focused marker opens its visit
    // (puppeteer's focus() takes HTML elements only; the marker is an SVG element with a tabindex)
    await page.evaluate(`document.querySelector('circle.visit[data-visit-id="${mapped[0].id}"]').focus()`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(`document.querySelector('#map-detail h3')?.textContent?.includes(${JSON.stringify(mapped[0].city ?? '')})`);
    await shot('1-map');
  });

  it('finds a statement by a word in it', async () => {
    await page.click('#tab-statements');
    await page.locator('#statements-q').fill('"military solution"');
    await page.click('#statements-form button[type="submit"]');
    const expected = (await api<{ items: { id: string }[] }>(`/api/statements?q=${encodeURIComponent('"military solution"')}&limit=25`)).items;
    expect(expected.length).toBeGreaterThan(0);
    await countIs('#statements-list [data-statement-id]', expected.length);
    const quotes = await page.$$eval('#statements-list blockquote', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(quotes.every((q) => /military solution/i.test(q))).toBe(true);
    await shot('2-statements');
  });

  it('shows one card per peace-process track', async () => {
    await page.click('#tab-board');
    const tracks = (await api<{ items: unknown[] }>('/api/peace-processes?limit=200')).items;
    await countIs('#board-grid .track-card', tracks.length);
    await shot('3-peace-processes');
  });

  it('submits an article through the form and its visit arrives on the map without a reload', async () => {
    await page.evaluate('window.sameDocument = true');
    await page.click('#tab-ingest');
    await page.locator('#ingest-key').fill(keys.publisher);
    await page.locator('#ingest-text').fill(LIVE_ARTICLE);
    await page.locator('#ingest-form input[name="outlet"]').fill('Firefox test');
    await page.click('#ingest-submit');
    await page.waitForSelector('#ingest-result .accepted');
    await page.waitForSelector('#ingest-result [data-fact="visit"]', { timeout: 60_000 });
    const articleId = (await page.$eval('#ingest-result .accepted', (n) => n.textContent ?? '')).match(/article (\S+),/)![1];
    const visit = (await api<{ items: VisitItem[] }>('/api/visits?envoy=hans-grundberg&limit=50')).items.find((v) => v.sources.some((s) => s.articleId === articleId));
    expect(visit).toMatchObject({ city: 'Muscat' });
    await page.waitForSelector(`circle.visit[data-visit-id="${visit!.id}"]`, { timeout: 30_000 });
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    await shot('4-ingest');
  });

  it('fits a phone screen, with no page errors along the way', async () => {
    await page.setViewport({ width: 390, height: 844 });
    await page.click('#tab-map');
    await page.waitForSelector('#map-canvas svg[viewBox="0 0 960 760"]');
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
    await shot('5-phone-map');
    expect(pageErrors).toEqual([]);
  });
});
