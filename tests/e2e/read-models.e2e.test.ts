// End to end on the real broker, projector, Postgres and gateway: articles go in through the API and come out of
// the query endpoints merged, searchable and live.
import type { INestApplication } from '@nestjs/common';
import { itinerarySchema, statementDetailSchema, statementPageSchema, trackStatusSchema, visitDetailSchema, visitPageSchema } from '@newsroom/api-views';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { extract } from '@newsroom/extraction';
import { issueKeys, startGatewayApp, type RunningGateway } from '../support/ingest';
import { eventually, startProjectorApp } from '../support/projector-app';
import { createScratchDatabase, type ScratchDatabase } from '../support/scratch-database';
import { appEnvironment } from '../support/test-env';

const visitText = (extra: string) => `Khalilzad holds talks in Islamabad

US special envoy Zalmay Khalilzad arrived in Islamabad on Thursday, where he met Pakistan's army chief General Qamar Javed Bajwa to discuss the Afghan peace process.
"We are ready to move forward with the intra-Afghan negotiations," Khalilzad told reporters after the meeting.
The intra-Afghan talks in Doha have stalled over the agenda, officials said. ${extra}`;

const OUTLETS = ['Dawn', 'TOLOnews', 'Reuters'];

describe('read models and the query API (end to end)', () => {
  let projector: INestApplication;
  let gateway: RunningGateway;
  let prisma: PrismaClient;
  let database: ScratchDatabase;
  let keys: Record<'publisher' | 'reader' | 'admin', string>;
  const tag = `${Date.now().toString(36)}`;
  const ids: string[] = [];

  const api = async (path: string, init: RequestInit & { role?: 'publisher' | 'reader' } = {}) => {
    const response = await fetch(`${gateway.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', 'x-api-key': keys[init.role ?? 'reader'], ...(init.headers ?? {}) },
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, text, body: /json/.test(type) && text ? JSON.parse(text) : undefined };
  };
  const projectedVersion = (articleId: string, events: number) =>
    eventually(async () => {
      const a = await prisma.article.findUnique({ where: { id: articleId } });
      return a && a.eventCount >= events ? a : undefined;
    }, 60_000, `article ${articleId} projected with ${events} event(s)`);
  const khalilzadIslamabad = async () =>
    (await api('/api/visits?envoy=zalmay-khalilzad&city=Islamabad&from=2020-10-01&to=2020-10-31')).body.items.filter((v: { sources: { articleId: string }[] }) =>
      v.sources.some((s) => ids.includes(s.articleId)),
    );

  beforeAll(async () => {
    // a database of its own: merged read models gather every article of a database, other tests' included
    database = await createScratchDatabase('e2e');
    const { config } = await appEnvironment({ DATABASE_URL: database.url });
    prisma = createPrismaClient({ url: database.url, poolSize: 2 });
    keys = await issueKeys(prisma);
    projector = await startProjectorApp(config);
    gateway = await startGatewayApp(config);
    for (const [i, outlet] of OUTLETS.entries()) {
      const { status, body } = await api('/api/articles', {
        method: 'POST',
        role: 'publisher',
        body: JSON.stringify({ text: visitText(`(${outlet} ${tag})`), outlet, publishedAt: '2020-10-09', url: `https://example-${i}.org/${tag}/khalilzad` }),
      });
      expect({ status, body }).toMatchObject({ status: 202 });
      ids.push(body.articleId);
    }
    await Promise.all(ids.map((id) => projectedVersion(id, 1)));
  });

  afterAll(async () => {
    await gateway?.close();
    await projector?.close();
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('merges three outlets reporting the same visit into one visit with three sources', async () => {
    const visits = await khalilzadIslamabad();
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ envoy: 'Zalmay Khalilzad', country: 'PK', date: '2020-10-08', mode: 'in_person', corroboration: 3 });
    expect(visits[0].sources.map((s: { outlet: string }) => s.outlet).sort()).toEqual([...OUTLETS].sort());
    expect(visits[0].counterparts).toEqual([{ name: 'Qamar Javed Bajwa', articleIds: [...ids].sort() }]);
    expect(visits[0].coordinates?.[0]).toBeCloseTo(73.04, 1);
  });

  it('lists visits with their sources and serves one visit with the evidence of each source', async () => {
    const [listed] = await khalilzadIslamabad();
    for (const source of listed.sources) expect(Object.keys(source).sort()).toEqual(['articleId', 'outlet', 'publishedAt', 'url']);
    const detail = await api(`/api/visits/${listed.id}`);
    expect(detail.status).toBe(200);
    expect({ ...detail.body, sources: undefined }).toEqual({ ...listed, sources: undefined });
    expect(detail.body.sources.map(({ evidence: _evidence, ...s }: { evidence: string }) => s)).toEqual(listed.sources);
    for (const source of detail.body.sources) expect(source.evidence).toMatch(/Khalilzad arrived in Islamabad/);
    expect((await api('/api/visits/visit_0000000000000000')).status).toBe(404);
    expect((await api('/api/visits/not%20an%20id')).body).toMatchObject({ statusCode: 400, details: [{ field: 'id' }] });
  });

  it('serves the envoy, its itinerary with trips, and the itinerary as CSV and GeoJSON', async () => {
    const envoy = await api('/api/envoys/zalmay-khalilzad');
    expect(envoy.status).toBe(200);
    expect(envoy.body).toMatchObject({ name: 'Zalmay Khalilzad', aliases: expect.arrayContaining(['Khalilzad']) });
    const itinerary = await api('/api/envoys/zalmay-khalilzad/itinerary?from=2020-10-08&to=2020-10-08');
    expect(itinerary.body.trips[0].stops.map((s: { city: string }) => s.city)).toContain('Islamabad');
    const csv = await api('/api/envoys/zalmay-khalilzad/itinerary', { headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toMatch(/^visit_id,envoy,date/);
    expect(csv.text).toContain('Islamabad');
    const geo = await api('/api/envoys/zalmay-khalilzad/itinerary', { headers: { accept: 'application/geo+json' } });
    expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(JSON.parse(geo.text).features.some((f: { properties: { city: string } }) => f.properties.city === 'Islamabad')).toBe(true);
  });

  it('finds a statement by a word in it, with one entry for the three outlets, and serves it with the evidence of every source', async () => {
    const { body } = await api(`/api/statements?q=negotiations&speaker=khalilzad`);
    const mine = body.items.filter((s: { sources: { articleId: string }[] }) => s.sources.some((x) => ids.includes(x.articleId)));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ speaker: 'Zalmay Khalilzad', type: 'direct', corroboration: 3, tracks: ['intra_afghan'], sourceCount: 3 });
    expect(mine[0].sources.every((s: object) => !('evidence' in s))).toBe(true); // a list carries source references only
    expect((await api('/api/statements?q=zebra')).body.items).toEqual([]);

    const detail = await api(`/api/statements/${mine[0].id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: mine[0].id, sourceCount: 3 });
    expect(detail.body.sources.map((s: { articleId: string }) => s.articleId).sort()).toEqual(mine[0].sources.map((s: { articleId: string }) => s.articleId).sort());
    expect(detail.body.sources.every((s: { evidence: string }) => /negotiations/i.test(s.evidence))).toBe(true);
    expect((await api('/api/statements/stmt_0000000000')).status).toBe(404);
    expect((await api('/api/statements/..%2F..%2Fetc')).status).toBe(400);
  });

  it('filters statements by whom the speaker speaks for: a role title or a name of their state', async () => {
    const khalilzads = async (organisation: string) =>
      (await api(`/api/statements?q=negotiations&organisation=${encodeURIComponent(organisation)}`)).body.items.filter(
        (s: { speaker: string; sources: { articleId: string }[] }) => s.sources.some((x) => ids.includes(x.articleId)),
      );
    // Khalilzad: 'US Special Representative for Afghanistan Reconciliation', acting for the United States
    for (const organisation of ['United States', 'US', 'special representative', 'zalmay khalilzad']) expect(await khalilzads(organisation)).toHaveLength(1);
    for (const organisation of ['Taliban', 'United Nations', 'States United']) expect(await khalilzads(organisation)).toHaveLength(0);
    expect((await api('/api/statements?organisation=')).body).toMatchObject({ statusCode: 400, details: [{ field: 'organisation' }] });
  });

  it('shows the track timeline and its current state', async () => {
    const { status, body } = await api('/api/peace-processes/intra_afghan');
    expect(status).toBe(200);
    expect(body.currentState).toBe('stalled');
    expect(body.timeline.some((c: { state: string; sources: unknown[] }) => c.state === 'stalled' && c.sources.length >= 3)).toBe(true);
    const list = await api('/api/peace-processes');
    expect(list.body.items.map((t: { track: string }) => t.track)).toContain('intra_afghan');
  });

  it('answers the read routes whose JSON Postgres writes in exactly the shape of their OpenAPI schemas, no field missing or extra', async () => {
    const [visit] = await khalilzadIslamabad();
    const statement = (await api('/api/statements?q=negotiations')).body.items[0];
    const answers = [
      [visitPageSchema, await api('/api/visits?envoy=zalmay-khalilzad')],
      [visitDetailSchema, await api(`/api/visits/${visit.id}`)],
      [itinerarySchema, await api('/api/envoys/zalmay-khalilzad/itinerary')],
      [statementPageSchema, await api('/api/statements?q=negotiations')],
      [statementDetailSchema, await api(`/api/statements/${statement.id}`)],
      [trackStatusSchema, await api('/api/peace-processes/intra_afghan')],
    ] as const;
    for (const [schema, answer] of answers) {
      expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
      // parsing drops the fields a schema does not name: equal only when there were none
      expect(schema.parse(answer.body)).toEqual(answer.body);
    }
  });

  it("returns an article's facts exactly as `extract` gives them for the same text", async () => {
    const { status, body } = await api(`/api/articles/${ids[0]}/extraction`);
    expect(status).toBe(200);
    const fresh = extract({ id: ids[0], text: visitText(`(${OUTLETS[0]} ${tag})`), publishedAt: '2020-10-09' });
    expect(body).toEqual(fresh);
  });

  it('answers 304 to a matching If-None-Match, 400 naming a bad parameter and 404 for unknown ids', async () => {
    const first = await api('/api/peace-processes/intra_afghan');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await api('/api/peace-processes/intra_afghan', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const bad = await api('/api/visits?from=2020-13-40');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^from: /);
    expect((await api('/api/visits?limit=0')).body.message).toMatch(/^limit: at least 1/);
    expect((await api('/api/visits?colour=red')).status).toBe(400);
    expect((await api('/api/visits?cursor=not-a-cursor')).body.message).toMatch(/^cursor: /);
    expect((await api('/api/envoys/nobody-we-know')).status).toBe(404);
    expect((await api('/api/peace-processes/no_such_track')).status).toBe(404);
    expect((await api('/api/envoys/Not%20A%20Slug')).status).toBe(400);
  });

  it('walks the visit list (oldest first) and the statement log (newest first) a page of one at a time, each item once, in the order of the whole list', async () => {
    const trip = [
      'U.S. special envoy Zalmay Khalilzad arrived in Kabul on Monday, October 12, where he met President Ashraf Ghani.',
      'He then travelled to Doha on Wednesday and held talks with Mullah Abdul Ghani Baradar.',
      'Khalilzad flew to Islamabad on Friday to meet army chief Qamar Javed Bajwa.',
      `"We are at a critical moment," Khalilzad said in Doha. Ghani said the violence must end before any deal (${tag}).`,
    ].join(' ');
    const { body } = await api('/api/articles', { method: 'POST', role: 'publisher', body: JSON.stringify({ text: trip, outlet: 'Pager Wire', publishedAt: '2020-10-17' }) });
    await projectedVersion(body.articleId, 1);
    for (const list of ['/api/visits', '/api/statements']) {
      const whole = (await api(`${list}?limit=200`)).body;
      expect(whole.items.length).toBeGreaterThan(1);
      const walked: string[] = [];
      for (let cursor: string | null = null, pages = 0; pages <= whole.items.length; pages++) {
        const page: { items: Array<{ id: string }>; nextCursor: string | null } = (await api(`${list}?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
        walked.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(walked).toEqual(whole.items.map((item: { id: string }) => item.id));
    }
  });

  it('answers a repeated read from memory, and a request with Cache-Control: no-cache from the database', async () => {
    const cacheCount = async (outcome: string) =>
      Number(new RegExp(`gateway_response_cache_total\\{outcome="${outcome}"\\} (\\d+)`).exec((await api('/metrics')).text)?.[1] ?? 0);
    const path = '/api/peace-processes/intra_afghan?limit=10';
    const first = await api(path);
    const [hits, bypassed] = [await cacheCount('hit'), await cacheCount('bypass')];
    const second = await api(path);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(await cacheCount('hit')).toBe(hits + 1);
    const fresh = await api(path, { headers: { 'cache-control': 'no-cache' } });
    expect(fresh.text).toBe(first.text);
    expect([await cacheCount('hit'), await cacheCount('bypass')]).toEqual([hits + 1, bypassed + 1]);
    // (that a kept answer is not served once the read models change: the correction test below reads the same
    // visits URL as the first test, right after the projection commits)
  });

  it('streams a new visit over server-sent events within a second of its projection', async () => {
    const controller = new AbortController();
    const response = await fetch(`${gateway.url}/api/stream?envoy=zalmay-khalilzad&kinds=visit`, {
      headers: { 'x-api-key': keys.reader, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await new Promise((r) => setTimeout(r, 500)); // the stream starts at the present
    const submitted = await api('/api/articles', {
      method: 'POST',
      role: 'publisher',
      body: JSON.stringify({
        text: `Khalilzad in Tashkent\n\nUS special envoy Zalmay Khalilzad arrived in Tashkent on Monday for talks with Uzbek Foreign Minister Abdulaziz Kamilov. (${tag})`,
        outlet: 'Dawn',
        publishedAt: '2020-10-14',
      }),
    });
    expect(submitted.status).toBe(202);
    let received = '';
    const decoder = new TextDecoder();
    const deadline = Date.now() + 30_000;
    while (!/event: visit[\s\S]*"action":"created"/.test(received) && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    const receivedAt = Date.now();
    controller.abort();
    expect(received).toMatch(/event: visit\nid: \d+\ndata: \{.*"envoy":"Zalmay Khalilzad"/);
    const entry = await prisma.changeLogEntry.findFirst({ where: { kind: 'visit', action: 'created', envoy: 'Zalmay Khalilzad' }, orderBy: { id: 'desc' } });
    expect(receivedAt - entry!.createdAt.getTime()).toBeLessThan(1000);
  });

  it('updates the merged visit after a correction and a retraction', async () => {
    const corrected = await api(`/api/articles/${ids[2]}`, {
      method: 'PUT',
      role: 'publisher',
      body: JSON.stringify({ text: visitText(`(${OUTLETS[2]} ${tag})`).replace(/Islamabad/g, 'Kabul') }),
    });
    expect(corrected.status).toBe(202);
    await projectedVersion(ids[2], 2);
    let visits = await khalilzadIslamabad();
    expect(visits[0].sources.map((s: { articleId: string }) => s.articleId).sort()).toEqual([ids[0], ids[1]].sort());
    expect(visits[0].corroboration).toBe(2);

    const retracted = await api(`/api/articles/${ids[1]}`, { method: 'DELETE', role: 'publisher', body: JSON.stringify({ reason: 'duplicate wire copy' }) });
    expect(retracted.status).toBe(202);
    await projectedVersion(ids[1], 2);
    visits = await khalilzadIslamabad();
    expect(visits[0].sources.map((s: { articleId: string }) => s.articleId)).toEqual([ids[0]]);
    expect(visits[0].corroboration).toBe(1);
  });
});
