// Replays over HTTP on the real broker and Postgres: an admin requests one, the live projector claims it and builds
// the generation in-process, progress shows on GET and on the SSE stream, and it switches with checksums equal to
// the incremental read models. Then: 409 while one runs, 403 for a reader, cancel, and the diff of two generations.
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@newsroom/config';
import { createPrismaClient, liveSchema, readModelChecksums, type PrismaClient } from '@newsroom/database';
import type { GenerationDiff } from '@newsroom/read-models';
import { Pool } from 'pg';
import { runReplayCommand } from '../../../scripts/newsroom/replay.command';
import { createTopic, generateEvents, produceEvents, testKafka, waitCaughtUp } from '../../support/generated-events';
import { callApi, issueKeys, startGatewayApp, type RunningGateway } from '../../support/ingest';
import { eventually, startProjectorApp } from '../../support/projector-app';
import { createScratchDatabase, type ScratchDatabase } from '../../support/scratch-database';
import { appEnvironment } from '../../support/test-env';

describe('replays over the API: POST /api/admin/replays, progress, cancel, diff', () => {
  let database: ScratchDatabase;
  let db: Pool;
  let config: AppConfig;
  let prisma: PrismaClient;
  let projector: INestApplication | undefined;
  let gateway: RunningGateway | undefined;
  let keys: Record<'publisher' | 'reader' | 'admin', string>;
  const api = (method: string, path: string, key = keys.admin, body?: unknown) => callApi(gateway!.url, method, path, { key, body });

  beforeAll(async () => {
    database = await createScratchDatabase('replay_api');
    db = new Pool({ connectionString: database.url, max: 2 });
    db.on('error', () => undefined); // idle connections ended by the server are not this test's failure
    // The switched-out generation's connections are closed half a second after the switch, not 30 s.
    ({ config } = await appEnvironment({ DATABASE_URL: database.url, GENERATION_RETIRE_MS: '500' }));
    const kafka = testKafka(config.KAFKA_BROKERS);
    await createTopic(kafka, config.ARTICLES_TOPIC, 3);
    await produceEvents(kafka, config.ARTICLES_TOPIC, generateEvents(120, 11, 'replay-api'));
    projector = await startProjectorApp(config);
    await waitCaughtUp(kafka, database.url, config.ARTICLES_TOPIC, 300_000);
    prisma = createPrismaClient({ url: database.url, poolSize: 2 });
    keys = await issueKeys(prisma);
    gateway = await startGatewayApp(config);
  }, 400_000);

  afterAll(async () => {
    await gateway?.close();
    await projector?.close();
    await prisma?.$disconnect();
    await db?.end();
    await database?.drop();
  });

  it('refuses a reader key with 403, and a replay from an offset or a date with 400 saying why, in the API error shape', async () => {
    const asReader = await api('POST', '/api/admin/replays', keys.reader, {});
    expect(asReader.status).toBe(403);
    expect(asReader.body).toMatchObject({ statusCode: 403, error: 'Forbidden', message: expect.stringMatching(/needs the admin role/) });
    expect((await api('GET', '/api/admin/replays', keys.reader)).status).toBe(403);
    const fromOffset = await api('POST', '/api/admin/replays', keys.admin, { fromOffset: 5 });
    expect(fromOffset.status).toBe(400);
    expect(fromOffset.body).toMatchObject({ statusCode: 400, error: 'Bad Request', details: [{ field: 'fromOffset', problem: expect.stringMatching(/reads the log from offset 0/) }] });
    const fromDate = await api('POST', '/api/admin/replays', keys.admin, { fromDate: '2025-01-01' });
    expect(fromDate.body.details).toEqual([{ field: 'fromDate', problem: expect.stringMatching(/miss every earlier report/) }]);
    expect((await api('POST', '/api/admin/replays', keys.admin, { projection: 'visits' })).status).toBe(400);
  });

  it('documents the replay routes in the OpenAPI document, from the same zod schemas', async () => {
    const { body: doc } = await callApi(gateway!.url, 'GET', '/api/docs/openapi.json');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/admin/replays', '/api/admin/replays/{id}', '/api/admin/replays/{id}/cancel']));
    expect(Object.keys(doc.paths['/api/admin/replays'])).toEqual(expect.arrayContaining(['get', 'post']));
    const view = JSON.stringify(doc.paths['/api/admin/replays/{id}'].get.responses['200']);
    const schema = JSON.stringify(doc.components?.schemas ?? {});
    expect(view + schema).toMatch(/etaSeconds/);
    expect(schema).toMatch(/"switch"/);
  });

  it('starts a replay that the projector runs: progress on GET and on the stream, then a switch with equal checksums', async () => {
    // a reader's stream, open before the replay starts
    const controller = new AbortController();
    const stream = await fetch(`${gateway!.url}/api/stream`, { headers: { 'x-api-key': keys.reader, accept: 'text/event-stream' }, signal: controller.signal });
    expect(stream.status).toBe(200);
    let received = '';
    const reading = (async () => {
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          received += decoder.decode(value);
        }
      } catch {
        // aborted
      }
    })();

    const started = await api('POST', '/api/admin/replays', keys.admin, { switch: true });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'requested', topic: config.ARTICLES_TOPIC, switchWhenDone: true, requestedBy: expect.stringMatching(/^api:/) });
    const id: number = started.body.id;

    const again = await api('POST', '/api/admin/replays', keys.admin, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(new RegExp(`replay ${id} is already`)) });

    const seen: Array<{ state: string; eventsDone: number; eventsTotal: number }> = [];
    const done = await eventually(
      async () => {
        const { status, body } = await api('GET', `/api/admin/replays/${id}`);
        expect(status).toBe(200);
        seen.push(body);
        return ['switched', 'failed', 'cancelled'].includes(body.state) ? body : undefined;
      },
      240_000,
      'the replay to switch',
    );
    expect(done).toMatchObject({ state: 'switched', eventsTotal: 120, eventsDone: 120, percent: 100, etaSeconds: 0, error: null, runner: expect.stringMatching(/^projector /) });
    expect(done.generation).toMatch(/^rm_gen_\d+$/);
    expect(seen.some((s) => s.state === 'running' && s.eventsTotal === 120)).toBe(true);
    expect(Object.values(done.checksums).every((c) => (c as { live: boolean }).live)).toBe(true);

    expect(await liveSchema(db)).toBe(done.generation);
    expect(await readModelChecksums(db, done.generation)).toEqual(await readModelChecksums(db, 'public'));

    const list = await api('GET', '/api/admin/replays?limit=5');
    expect(list.body.items[0]).toMatchObject({ id, state: 'switched' });

    await eventually(async () => (/event: replay\nid: \d+\ndata: \{[^\n]*"state":"switched"/.test(received) ? true : undefined), 10_000, 'the replay event on the stream');
    controller.abort();
    await reading;
    expect(received).toMatch(/event: replay\nid: \d+\ndata: \{[^\n]*"state":"running"[^\n]*"eventsTotal":120/);
    // a reader sees the progress, not who runs it or its checksums
    expect(received).not.toMatch(/"runner"|"requestedBy"|"checksums"|"error"/);

    // Once the gateway has followed the switch (it looks every 2 s) and closed the old generation's connections,
    // articles are still taken in: a new one, its duplicate (answered under the article's lock) and its retraction.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const article = { id: `after-switch-${id}`, text: 'Envoy Hans Grundberg arrived in Muscat on Monday for talks on Yemen.', publishedAt: '2024-03-04' };
    const submitted = await api('POST', '/api/articles', keys.publisher, article);
    expect([submitted.status, submitted.body.duplicate]).toEqual([202, false]);
    const duplicate = await api('POST', '/api/articles', keys.publisher, article);
    expect([duplicate.status, duplicate.body]).toEqual([202, expect.objectContaining({ eventId: submitted.body.eventId, duplicate: true })]);
    const retracted = await api('DELETE', `/api/articles/${article.id}`, keys.publisher, { reason: 'test' });
    expect(retracted.status).toBe(202);
    // the diff below compares generations: the article and its retraction are projected before it looks
    await waitCaughtUp(testKafka(config.KAFKA_BROKERS), database.url, config.ARTICLES_TOPIC, 60_000, done.generation);
  }, 300_000);

  it('cancels a replay: it ends cancelled and leaves the live generation as it was', async () => {
    const live = await liveSchema(db);
    const started = await api('POST', '/api/admin/replays', keys.admin, { switch: false });
    expect(started.status).toBe(202);
    const cancel = await api('POST', `/api/admin/replays/${started.body.id}/cancel`);
    expect(cancel.status).toBe(202);
    expect(cancel.body.cancelRequested).toBe(true);
    const ended = await eventually(async () => {
      const { body } = await api('GET', `/api/admin/replays/${started.body.id}`);
      return body.state === 'running' || body.state === 'requested' ? undefined : body;
    }, 60_000, 'the cancel');
    expect(ended.state).toBe('cancelled');
    expect(await liveSchema(db)).toBe(live);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM read_model_generations WHERE state = 'building'`);
    expect(rows[0].n).toBe(0);
    expect((await api('POST', `/api/admin/replays/${started.body.id}/cancel`)).status).toBe(409);
    expect((await api('GET', '/api/admin/replays/999999')).status).toBe(404);
  }, 120_000);

  it('reports what changed between two generations per envoy and track (a knowledge change simulated on the old rows)', async () => {
    const fresh = await liveSchema(db);
    // the old generation as an older extractor would have left it: one visit missing, one claim of another state, one quote extra
    const { rows: visits } = await db.query(`SELECT id, envoy FROM public.visits ORDER BY id LIMIT 1`);
    const { rows: claims } = await db.query(`SELECT id, track FROM public.track_claims ORDER BY id LIMIT 1`);
    await db.query(`DELETE FROM public.visits WHERE id = $1`, [visits[0].id]);
    await db.query(`UPDATE public.track_claims SET corroboration = corroboration + 1 WHERE id = $1`, [claims[0].id]);
    await db.query(
      `INSERT INTO public.statements (id, bucket, speaker, text, type, date, tracks, source_count, corroboration)
       VALUES ('stmt_old_only', 'b', 'Old Speaker', 'A quote only the old extractor found.', 'quote', '2024-01-01', ARRAY['old-track'], 0, 1)`,
    );

    const lines: string[] = [];
    await runReplayCommand({ action: 'diff', from: 'public', to: fresh, json: true }, config, (l) => lines.push(l));
    const diff: GenerationDiff = JSON.parse(lines.join('\n'));
    expect(diff.totals).toEqual({ visits: { added: 1, removed: 0, changed: 0 }, statements: { added: 0, removed: 1, changed: 0 }, claims: { added: 0, removed: 0, changed: 1 } });
    expect(diff.envoys.find((e) => e.envoy === visits[0].envoy)!.visits.added.map((i) => i.id)).toEqual([visits[0].id]);
    expect(diff.envoys.find((e) => e.envoy === 'Old Speaker')!.statements.removed.map((i) => i.id)).toEqual(['stmt_old_only']);
    expect(diff.tracks.find((t) => t.track === claims[0].track)!.claims.changed).toEqual([expect.objectContaining({ id: claims[0].id, fields: ['corroboration'] })]);
    expect(diff.tracks.find((t) => t.track === 'old-track')!.statements.removed).toHaveLength(1);

    const text: string[] = [];
    await runReplayCommand({ action: 'diff', from: 'public', to: fresh, json: false }, config, (l) => text.push(l));
    expect(text[0]).toBe(`public -> ${fresh}: visits +1 -0 ~0, statements +0 -1 ~0, status claims +0 -0 ~1`);
    expect(text).toContain(`envoy ${visits[0].envoy}`);
    expect(text.some((l) => /^ {2}- statement Old Speaker, quote 2024-01-01: "A quote only the old extractor found\."$/.test(l))).toBe(true);
    expect(text.some((l) => /^ {2}~ status claim .* \(corroboration\)$/.test(l))).toBe(true);
  }, 60_000);
});
