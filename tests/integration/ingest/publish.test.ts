// Publishing through the gateway onto the real Kafka topic, checked by reading the topic back: no mocks.
import type { INestApplication } from '@nestjs/common';
import { createEvent, encodeEvent } from '@newsroom/events';
import { createKafka } from '@newsroom/kafka';
import { ConfigResourceTypes } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { callApi, eventsOf, readTopic, useGateway } from '../../support/ingest';
import { eventually, startProjectorApp } from '../../support/projector-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (n: string) => `Special envoy Zalmay Khalilzad arrived in Doha on Monday for talks with the Taliban (${n}).`;

describe('ingest: publishing articles onto the event log', () => {
  const fixture = useGateway();
  const url = () => fixture.gateway.url;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    callApi(url(), 'POST', '/api/articles', { key: fixture.keys.publisher, body, headers });
  const call = (method: string, path: string, body?: unknown, key = fixture.keys.publisher) => callApi(url(), method, path, { key, body });
  const topicEvents = async (articleId: string) => eventsOf(await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC), articleId);

  it('created its topic at start-up with the configured partitions and unlimited retention', async () => {
    const admin = createKafka({ brokers: fixture.config.KAFKA_BROKERS, clientId: 'ingest-test-admin' }).admin();
    await admin.connect();
    try {
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [fixture.config.ARTICLES_TOPIC] })).topics;
      const { resources } = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: fixture.config.ARTICLES_TOPIC, configNames: ['retention.ms', 'retention.bytes'] }],
      });
      expect(metadata.partitions).toHaveLength(fixture.config.ARTICLES_TOPIC_PARTITIONS);
      expect(Object.fromEntries(resources[0].configEntries.map((e) => [e.configName, e.configValue]))).toEqual({ 'retention.ms': '-1', 'retention.bytes': '-1' });
    } finally {
      await admin.disconnect();
    }
  });

  it('puts a submitted article on the topic exactly once, as a valid envelope keyed by its id with type and version headers', async () => {
    const id = `pub-${randomUUID()}`;
    const response = await post({ id, text: text('once'), title: 'Envoy in Doha', outlet: 'Dawn', publishedAt: '2020-02-29', language: 'en' });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ articleId: id, eventId: expect.stringMatching(UUID), status: 'accepted', duplicate: false });

    const [message, ...others] = await topicEvents(id);
    expect(others).toHaveLength(0);
    expect(message.headers).toMatchObject({ 'event-type': 'ArticleSubmitted', 'schema-version': '2', 'event-id': response.body.eventId });
    expect(JSON.parse(message.value)).toEqual({
      eventId: response.body.eventId,
      type: 'ArticleSubmitted',
      schemaVersion: 2,
      articleId: id,
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      producer: expect.stringMatching(/^gateway:ingest-test publisher /),
      payload: { text: text('once'), format: 'text', title: 'Envoy in Doha', outlet: 'Dawn', publishedAt: '2020-02-29', language: 'en' },
    });
  });

  it('answers a second submission of the same article with the first event and adds no event', async () => {
    const url = `https://www.dawn.com/news/${randomUUID()}`;
    const first = await post({ url, text: text('twice') });
    const again = await post({ url: `${url}/?utm_source=twitter`, text: `  ${text('twice')}\n` });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    expect(first.body.articleId).toMatch(/^url-[0-9a-f]{32}$/);
    expect(await topicEvents(first.body.articleId)).toHaveLength(1);
  });

  it('derives the id from the text when there is neither an id nor a URL', async () => {
    const response = await post({ text: text(randomUUID()) });
    expect(response.status).toBe(202);
    expect(response.body.articleId).toMatch(/^txt-[0-9a-f]{32}$/);
  });

  it('refuses other content under an id already taken, with 409, and writes nothing', async () => {
    const id = `pub-${randomUUID()}`;
    await post({ id, text: text('original') });
    const clash = await post({ id, text: text('something else') });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toContain(`PUT /api/articles/${id}`);
    expect(await topicEvents(id)).toHaveLength(1);
  });

  it('replays the first answer for a repeated Idempotency-Key and refuses the key for another request', async () => {
    const key = randomUUID();
    const body = { text: text(`idempotency ${key}`) };
    const first = await post(body, { 'Idempotency-Key': key });
    const replay = await post(body, { 'Idempotency-Key': key });
    const misuse = await post({ text: text('another article') }, { 'Idempotency-Key': key });
    expect(first.status).toBe(202);
    expect(replay.body).toEqual({ ...first.body, duplicate: true });
    expect(misuse.status).toBe(422);
    expect(misuse.body.message).toMatch(/Idempotency-Key/);
    expect(await topicEvents(first.body.articleId)).toHaveLength(1);
  });

  it('writes one event per article when the same new article is submitted concurrently', async () => {
    const id = `pub-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => post({ id, text: text('race') })));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(202));
    expect(new Set(answers.map((a) => a.body.eventId)).size).toBe(1);
    expect(answers.filter((a) => !a.body.duplicate)).toHaveLength(1);
    expect(await topicEvents(id)).toHaveLength(1);
  });

  it('keeps every answer its own when concurrent requests are reserved and produced together', async () => {
    // New articles, copies of one article and one Idempotency-Key for two articles, all at once: the gateway
    // reserves and produces concurrent requests in shared statements and produce requests.
    const run = randomUUID();
    const fresh = Array.from({ length: 20 }, (_, i) => ({ id: `pub-burst-${run}-${i}`, text: text(`burst ${run} ${i}`) }));
    const copy = { id: `pub-burst-${run}-copy`, text: text(`burst ${run} copy`) };
    const key = randomUUID();
    const keyed = [0, 1].map((i) => ({ id: `pub-burst-${run}-keyed-${i}`, text: text(`burst ${run} keyed ${i}`) }));
    const [freshAnswers, copyAnswers, keyedAnswers] = await Promise.all([
      Promise.all(fresh.map((body) => post(body))),
      Promise.all(Array.from({ length: 5 }, () => post(copy))),
      Promise.all(keyed.map((body) => post(body, { 'Idempotency-Key': key }))),
    ]);
    expect(freshAnswers.map((a) => [a.status, a.body.articleId, a.body.duplicate])).toEqual(fresh.map((f) => [202, f.id, false]));
    expect(new Set(freshAnswers.map((a) => a.body.eventId)).size).toBe(fresh.length);
    expect(copyAnswers.map((a) => a.status)).toEqual(Array(5).fill(202));
    expect(new Set(copyAnswers.map((a) => a.body.eventId)).size).toBe(1);
    expect(copyAnswers.filter((a) => !a.body.duplicate)).toHaveLength(1);
    expect(keyedAnswers.map((a) => a.status).sort()).toEqual([202, 422]);
    const messages = await readTopic(fixture.config.KAFKA_BROKERS, fixture.config.ARTICLES_TOPIC);
    expect(fresh.map((f) => eventsOf(messages, f.id).length)).toEqual(fresh.map(() => 1));
    expect(eventsOf(messages, copy.id)).toHaveLength(1);
    expect(keyed.map((k) => eventsOf(messages, k.id).length).sort()).toEqual([0, 1]);
  });

  it('puts a correction and a retraction on the topic after the submission, in order', async () => {
    const id = `pub-${randomUUID()}`;
    const submitted = await post({ id, text: text('to correct'), title: 'Old title' });
    const corrected = await call('PUT', `/api/articles/${id}`, { title: 'New title', text: text('corrected'), reason: 'wrong headline' });
    const retracted = await call('DELETE', `/api/articles/${id}`, { reason: 'duplicate story' });
    expect([submitted.status, corrected.status, retracted.status]).toEqual([202, 202, 202]);

    const events = (await topicEvents(id)).map((m) => m.event);
    expect(events.map((e) => [e.type, e.eventId])).toEqual([
      ['ArticleSubmitted', submitted.body.eventId],
      ['ArticleCorrected', corrected.body.eventId],
      ['ArticleRetracted', retracted.body.eventId],
    ]);
    expect(events[1].payload).toEqual({ title: 'New title', text: text('corrected'), reason: 'wrong headline' });
    expect(events[2].payload).toEqual({ reason: 'duplicate story' });
  });

  it('answers a repeated retraction with the first one and refuses to correct a retracted article', async () => {
    const id = `pub-${randomUUID()}`;
    await post({ id, text: text('retract twice') });
    const first = await call('DELETE', `/api/articles/${id}`, { reason: 'withdrawn' });
    const second = await call('DELETE', `/api/articles/${id}`, { reason: 'withdrawn' });
    const correction = await call('PUT', `/api/articles/${id}`, { title: 'Too late' });
    expect(second.body).toEqual({ ...first.body, duplicate: true });
    expect(correction.status).toBe(409);
    expect((await topicEvents(id)).map((m) => m.event.type)).toEqual(['ArticleSubmitted', 'ArticleRetracted']);
  });

  it('answers 404 to a correction or retraction of an article it never accepted, writing nothing', async () => {
    const id = `pub-${randomUUID()}`;
    const correction = await call('PUT', `/api/articles/${id}`, { title: 'x' });
    const retraction = await call('DELETE', `/api/articles/${id}`, { reason: 'x' });
    expect([correction.status, retraction.status]).toEqual([404, 404]);
    expect(await topicEvents(id)).toHaveLength(0);
  });

  it('accepts the good items of a batch and reports the bad ones by index without rejecting the batch', async () => {
    const ids = [`batch-${randomUUID()}`, `batch-${randomUUID()}`];
    const response = await call('POST', '/api/articles/batch', {
      articles: [{ id: ids[0], text: text('batch 0') }, { id: 'bad', text: '' }, { id: ids[1], text: text('batch 2'), publishedAt: '2020-02-30' }, { id: ids[1].replace('batch', 'x'), text: text('batch 3') }],
    });
    expect(response.status).toBe(200);
    expect(response.body.accepted).toBe(2);
    expect(response.body.failed).toBe(2);
    expect(response.body.items.map((i: { index: number; status: number }) => [i.index, i.status])).toEqual([[0, 202], [1, 400], [2, 400], [3, 202]]);
    expect(response.body.items[1].error.message).toBe('articles.1.text: not empty');
    expect(response.body.items[2].error.message).toBe('articles.2.publishedAt: a real calendar date');
    expect(await topicEvents(ids[0])).toHaveLength(1);
    expect(await topicEvents(ids[1])).toHaveLength(0);
  });

  it('shows an accepted article with its events to a reader', async () => {
    const id = `pub-${randomUUID()}`;
    const submitted = await post({ id, text: text('get me'), format: 'text', outlet: 'Tolo' });
    const response = await call('GET', `/api/articles/${id}`, undefined, fixture.keys.reader);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      articleId: id,
      state: 'accepted',
      outlet: 'Tolo',
      text: text('get me'),
      failure: null,
      events: [{ eventId: submitted.body.eventId, type: 'ArticleSubmitted', state: 'accepted' }],
    });
  });

  it('serves the OpenAPI document at /api/docs without a key', async () => {
    const page = await fetch(`${url()}/api/docs`);
    const document = await callApi(url(), 'GET', '/api/docs/openapi.json');
    expect(page.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/articles', '/api/articles/batch', '/api/articles/{id}']));
  });

  describe('with the projector running', () => {
    let projector: INestApplication;
    beforeAll(async () => {
      projector = await startProjectorApp(fixture.config);
    });
    afterAll(() => projector?.close());
    const stateOf = async (id: string) => (await call('GET', `/api/articles/${id}`, undefined, fixture.keys.reader)).body;

    it('shows a submitted article as projected once the projector has applied it', async () => {
      const id = `pub-${randomUUID()}`;
      const submitted = await post({ id, text: text('to project') });
      const view = await eventually(async () => ((await stateOf(id)).state === 'projected' ? stateOf(id) : undefined), 60_000, 'the projection');
      expect(view.events).toEqual([expect.objectContaining({ eventId: submitted.body.eventId, state: 'projected' })]);
    });

    it('treats an article another producer wrote to the topic as known: a resubmission adds no event, a correction is accepted', async () => {
      const id = `direct-${randomUUID()}`;
      const payload = { text: text('direct'), format: 'text' as const, outlet: 'Wire' };
      const direct = createEvent('ArticleSubmitted', id, payload, 'wire-feed:test');
      const producer = createKafka({ brokers: fixture.config.KAFKA_BROKERS, clientId: 'ingest-test-direct' }).producer({ idempotent: true });
      await producer.connect();
      await producer.send({ topic: fixture.config.ARTICLES_TOPIC, acks: -1, messages: [encodeEvent(direct)] });
      await producer.disconnect();
      await eventually(async () => ((await stateOf(id)).state === 'projected' ? true : undefined), 60_000, 'the projection');

      const again = await post({ id, ...payload });
      const clash = await post({ id, text: text('other') });
      const correction = await call('PUT', `/api/articles/${id}`, { title: 'Corrected' });
      expect(again.body).toEqual({ articleId: id, eventId: direct.eventId, status: 'accepted', duplicate: true });
      expect(clash.status).toBe(409);
      expect(correction.status).toBe(202);
      expect((await topicEvents(id)).map((m) => m.event.type)).toEqual(['ArticleSubmitted', 'ArticleCorrected']);
    });
  });
});
