// The dashboard in Debian's Chromium against the real system (broker, projector, Postgres, gateway serving the
// built bundle): key prompt, the seed articles' visits on the map, a statement search, the peace-process board, and
// an article submitted through the form whose visit appears live. Screenshots of each view go to screenshots/.
import type { PrismaClient } from '@newsroom/database';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readDemoArticles, submitDemoArticles } from '../../scripts/start/demo-articles';
import { DashboardSystem } from '../support/dashboard-system';
import type { RunningGateway } from '../support/ingest';
import { eventually } from '../support/projector-app';

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LIVE_ARTICLE = `Pedersen in Amman for Syria talks

UN special envoy for Syria Geir Pedersen arrived in Amman on Tuesday, where he met Jordan's Foreign Minister Ayman Safadi to discuss the constitutional committee.
"Only a political process can end this conflict," Pedersen told reporters after the meeting.`;

interface VisitItem {
  id: string;
  envoy: string;
  city: string | null;
  coordinates: [number, number] | null;
  sources: { articleId: string }[];
  counterparts: { name: string }[];
}

describe('dashboard (Chromium against the running system)', () => {
  let system: DashboardSystem;
  let gateway: RunningGateway;
  let prisma: PrismaClient;
  let browser: Browser;
  let page: Page;
  let keys: Record<'publisher' | 'reader' | 'admin', string>;
  let submittedIds: string[];
  const pageErrors: string[] = [];

  const api = <T>(route: string): Promise<T> => system.api<T>(route);
  const countOf = (selector: string, n: number) =>
    eventually(async () => ((await page.locator(selector).count()) === n ? true : undefined), 15_000, `${n} × ${selector}`);
  /** A screenshot of the page; a full-page one grows the viewport, so the sticky status bar ends up at the bottom. */
  const shot = async (name: string, fullPage = true) => {
    const viewport = page.viewportSize()!;
    if (fullPage) await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, await page.evaluate('document.documentElement.scrollHeight')) });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    await page.setViewportSize(viewport);
  };

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    // the projector starts later, once the page is open: the articles wait on the log, and the page sees them come in
    system = await DashboardSystem.start('browser');
    ({ gateway, prisma, keys } = system);
    submittedIds = await submitDemoArticles(gateway.url, keys.publisher, [
      ...readDemoArticles(path.join(ROOT, 'tests', 'fixtures', 'seeds')),
      // two reports that disagree about the same day, for the board to mark (and events to project even if the
      // seeds were seen before in this run)
      ...['collapsed', 'resumed'].map((state) => ({
        text: `Moscow format meeting\n\nThe Moscow format talks on Afghanistan ${state} on Monday, officials said.\n`,
        outlet: `Wire ${state}`,
        publishedAt: '2023-05-10',
      })),
    ]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // CSP violations and script errors are console errors; the refused key's 401 (on purpose, below) is not one
    page.on('console', (message) => message.type() === 'error' && !/status of 401/.test(message.text()) && pageErrors.push(message.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('serves the page without a key, under a self-only CSP, while the API still wants one', async () => {
    const home = await fetch(`${gateway.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    expect(home.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const script = (await home.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect((await fetch(`${gateway.url}${script}`)).status).toBe(200);
    expect((await fetch(`${gateway.url}/api/visits`)).status).toBe(401);
  });

  it('asks for a reader key, shows the projections catching up, then the seed articles’ visits arriving on the map', async () => {
    await page.goto(`${gateway.url}/`);
    const dialog = page.getByRole('dialog', { name: 'Reader key' });
    await dialog.getByLabel('API key').fill('not-a-key');
    await dialog.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.locator('#key-error', { hasText: 'refused' }).waitFor();
    await dialog.getByLabel('API key').fill(keys.reader);
    await dialog.getByRole('button', { name: 'Open the dashboard' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate("sessionStorage.getItem('newsroom.readerKey')")).toBe(keys.reader);

    // no projector yet: the status bar shows the lag and how far the projections have got
    const behind = (await api<{ totals: { lag: number } }>('/api/projections')).totals.lag;
    expect(behind).toBeGreaterThan(0);
    await page.locator('#status-lag', { hasText: `Projection lag: ${behind} event${behind === 1 ? '' : 's'}` }).waitFor();
    expect(await page.locator('#status-progress').isVisible()).toBe(true);
    await page.locator('#status-stream[data-state="live"]').waitFor();
    await shot('0-catching-up');

    await system.startProjector();
    await eventually(
      async () => ((await prisma.article.count({ where: { id: { in: submittedIds }, eventCount: { gte: 1 } } })) === submittedIds.length ? true : undefined),
      60_000,
      'the articles projected',
    );
    const { items } = await api<{ items: VisitItem[] }>('/api/visits?limit=200');
    const seedVisits = items.filter((v) => v.coordinates && v.sources.some((s) => submittedIds.includes(s.articleId)));
    expect(seedVisits.length).toBeGreaterThan(0);
    for (const visit of seedVisits) await page.locator(`circle.visit[data-visit-id="${visit.id}"]`).waitFor({ timeout: 15_000 });
    await page.locator('#status-lag', { hasText: 'Projection lag: 0 events' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#status-progress').isHidden()).toBe(true);
    await shot('1-map');

    // a visit with a counterpart: its marker opens counterparts, sources and evidence
    const visit = seedVisits.find((v) => v.counterparts.length) ?? seedVisits[0];
    await page.locator(`circle.visit[data-visit-id="${visit.id}"]`).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('#map-detail');
    await expect(detail.locator('h3').textContent()).resolves.toContain(visit.city ?? '');
    for (const counterpart of visit.counterparts) expect(await detail.textContent()).toContain(counterpart.name);
    expect(await detail.locator('.sources > li').count()).toBe(visit.sources.length);
    expect(await detail.locator('.sources blockquote').first().textContent()).not.toBe('');
    await shot('2-map-visit-detail');

    // the date slider narrows the map to one day
    const day = '2020-10-08';
    const dayNumber = String(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    await page.locator('#map-to').fill(dayNumber);
    await page.locator('#map-from').fill(dayNumber);
    await page.locator('#map-from-value', { hasText: day }).waitFor();
    const dates = await page.locator('#map-visits button').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((text) => text.startsWith(day) || text.startsWith('undated'))).toBe(true);
    await page.locator('#map-from').fill((await page.locator('#map-from').getAttribute('min'))!);
    await page.locator('#map-to').fill((await page.locator('#map-to').getAttribute('max'))!);
  });

  it('shows an envoy’s timeline with planned and happened visits', async () => {
    // tabs follow the WAI-ARIA pattern: arrow keys move between them
    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-timeline').isVisible()).toBe(true);
    await page.locator('#timeline-envoy').selectOption('zalmay-khalilzad');
    const envoyVisits = (await api<{ items: VisitItem[] }>('/api/visits?envoy=zalmay-khalilzad&limit=200')).items;
    await countOf('#timeline-list li', envoyVisits.length);
    expect(await page.locator('#timeline-list li.planned').count()).toBeGreaterThan(0);
    expect(await page.locator('#timeline-list li.happened').count()).toBeGreaterThan(0);
    await shot('3-timeline');
  });

  it('searches the statements, filters them by speaker, organisation and track, and shows what the API finds with source links', async () => {
    type StatementItem = { id: string; sources: { url: string | null }[] };
    /** The statements the API finds for these parameters, once the page shows exactly them, in order. */
    const shownAsApi = async (params: Record<string, string>) => {
      const expected = (await api<{ items: StatementItem[] }>(`/api/statements?${new URLSearchParams({ ...params, limit: '25' })}`)).items;
      expect(expected.length).toBeGreaterThan(0);
      await eventually(async () => {
        // read in one go: the list may be redrawn between two reads
        const shown = await page.locator('#statements-list [data-statement-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-statement-id')));
        return shown.join() === expected.map((s) => s.id).join() || undefined;
      }, 15_000, `the statements the API finds for ${JSON.stringify(params)}`);
      return expected;
    };
    await page.getByRole('tab', { name: 'Statements' }).click();
    await page.locator('#statements-q').fill('"military solution"');
    await page.getByRole('button', { name: 'Search' }).click();
    const found = await shownAsApi({ q: '"military solution"' });
    expect((await page.locator('#statements-list blockquote').allTextContents()).every((t) => /military solution/i.test(t))).toBe(true);
    const sources = found.flatMap((statement) => statement.sources);
    expect(await page.locator('#statements-list .sources li').count()).toBe(sources.length);
    expect(await page.locator('#statements-list .sources a').count()).toBe(sources.filter((source) => source.url).length);
    await shot('4-statements');

    await page.locator('#statements-q').fill('');
    await page.locator('#statements-speaker').fill('Khalilzad');
    await page.locator('#statements-track').selectOption('intra_afghan');
    await shownAsApi({ speaker: 'Khalilzad', track: 'intra_afghan' });

    await page.locator('#statements-speaker').fill('');
    await page.locator('#statements-track').selectOption('');
    await page.locator('#statements-organisation').fill('United States');
    await shownAsApi({ organisation: 'United States' });
  });

  it('shows one card per peace-process track with its current state, disputed days marked', async () => {
    await page.getByRole('tab', { name: 'Peace processes' }).click();
    const tracks = (await api<{ items: { track: string; currentState: string | null; disputed: string[] }[] }>('/api/peace-processes?limit=200')).items;
    await countOf('#board-grid .track-card', tracks.length);
    for (const track of tracks) {
      const card = page.locator(`.track-card[data-track="${track.track}"]`);
      const state = await card.locator('.state').textContent();
      if (track.disputed.length) expect(state).toMatch(/Disputed/);
      else expect(state).toContain((track.currentState ?? 'no dated claim').replace(/_/g, ' '));
    }
    expect(await page.locator('.track-card[data-track="moscow_format"] .state').textContent()).toMatch(/Disputed: (collapsed vs resumed|resumed vs collapsed)/);
    await shot('5-peace-processes');
  });

  it('submits an article through the form, shows its extracted facts, and its visit appears live on the map', async () => {
    await page.evaluate('window.sameDocument = true');
    await page.getByRole('tab', { name: 'Ingest' }).click();
    await page.getByLabel('Publisher key').fill(keys.publisher);
    await page.getByLabel('Article text or HTML').fill(LIVE_ARTICLE);
    await page.getByLabel('Outlet').fill('Browser test');
    await page.getByLabel('Published on').fill('2021-03-10');
    await page.getByRole('button', { name: 'Submit article' }).click();
    await page.locator('#ingest-result .accepted').waitFor();
    await page.locator('#ingest-result [data-fact="visit"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#ingest-result [data-fact="visit"]').allTextContents()).toEqual([expect.stringMatching(/Geir Pedersen — Amman, Jordan, 2021-03-09, in person/)]);
    await shot('6-ingest');

    // the stream brings the visit to the map without a reload
    const articleId = (await page.locator('#ingest-result .accepted').textContent())!.match(/article (\S+),/)![1];
    const pedersen = (await api<{ items: VisitItem[] }>('/api/visits?envoy=geir-pedersen&limit=200')).items;
    const visit = pedersen.find((v) => v.sources.some((s) => s.articleId === articleId))!;
    expect(visit).toMatchObject({ city: 'Amman' });
    await page.locator(`circle.visit[data-visit-id="${visit.id}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    await page.getByRole('tab', { name: 'Map' }).click();
    expect(await page.locator('#map-visits li.fresh').allTextContents()).toContainEqual(expect.stringContaining('2021-03-09 · Geir Pedersen · Amman, Jordan'));
    expect(await page.locator('#status-last').textContent()).toMatch(/Last change: (visit|envoy|statement) /);
    await shot('7-map-live');

    // the envoy filter leaves only that envoy's visits
    await page.locator('#map-envoy').selectOption('geir-pedersen');
    await countOf('#map-visits li', pedersen.length);
    expect(await page.locator('circle.visit').count()).toBe(pedersen.filter((v) => v.coordinates).length);
    await page.locator('#map-envoy').selectOption('');
  });

  it('shows a running replay’s progress from the stream’s replay events in the status bar, then how it ended', async () => {
    // a replay run elsewhere (the row a runner would write; another topic, so this test's projector leaves it alone)
    const [{ id }] = await prisma.$queryRawUnsafe<{ id: number }[]>(
      `INSERT INTO replays (state, topic, generation, requested_by, runner, events_done, events_total, rate, eta_seconds, started_at, heartbeat_at)
       VALUES ('running', 'browser-test.elsewhere', 'rm_gen_77', 'api:browser-test', 'projector elsewhere', 4500, 10000, 1234.5, 75, now(), now()) RETURNING id`,
    );
    await page.locator('#status-replay', { hasText: `Replay ${id} (rm_gen_77): 45% (4,500 of 10,000 events), 1,235 events/s, ETA 1 min 15 s` }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#status-replay-progress').isVisible()).toBe(true);
    expect(await page.locator('#status-replay-progress').evaluate((p) => [(p as unknown as { value: number }).value, (p as unknown as { max: number }).max])).toEqual([4500, 10000]);
    await shot('8-replay-running');
    await prisma.$executeRawUnsafe(`UPDATE replays SET state = 'cancelled', finished_at = now(), updated_at = now() WHERE id = $1`, id);
    await page.locator('#status-replay', { hasText: `Replay ${id} (rm_gen_77): cancelled` }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#status-replay-progress').isHidden()).toBe(true);
    // a replay event is not a read-model change
    expect(await page.locator('#status-last').textContent()).not.toMatch(/undefined/);
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // the map redraws taller, with markers still big enough to tap
    await page.locator('#map-canvas svg[viewBox="0 0 960 760"]').waitFor();
    expect((await page.locator('circle.visit').first().boundingBox())!.width).toBeGreaterThanOrEqual(10);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('9-phone-map', false);
    expect(pageErrors).toEqual([]);
  });
});
