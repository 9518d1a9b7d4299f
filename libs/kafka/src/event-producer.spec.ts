import type { Kafka } from 'kafkajs';
import { EventProducer, ProduceTimeoutError, type OutgoingMessage, type ProducerLike } from './event-producer';

interface Call {
  /** Which producer made the request: 0 for the first, 1 for its replacement, ... */
  producer: number;
  keys: string[];
  ack(): void;
  fail(error: Error): void;
}

interface Fake {
  createProducer(): ProducerLike;
  calls: Call[];
  /** Every producer made, in order, with what was done to it. */
  producers: { connects: number; disconnects: number }[];
  /** The next connects fail (the broker is still down). */
  failConnects: number;
}

/** kafkajs producers whose produce requests are acknowledged (or failed) by the test. */
function fakeProducers(): Fake {
  const fake: Fake = {
    calls: [],
    producers: [],
    failConnects: 0,
    createProducer: () => {
      const index = fake.producers.length;
      const state = { connects: 0, disconnects: 0 };
      fake.producers.push(state);
      return {
        connect: async () => {
          state.connects++;
          if (fake.failConnects > 0 && fake.failConnects--) throw new Error('connection refused');
        },
        disconnect: async () => void state.disconnects++,
        send: (record: { messages: OutgoingMessage[] }) =>
          new Promise((resolve, reject) => {
            fake.calls.push({ producer: index, keys: record.messages.map((m) => m.key), ack: () => resolve([]), fail: reject });
          }),
      } as unknown as ProducerLike;
    },
  };
  return fake;
}

const message = (key: string, bytes = 10): OutgoingMessage => ({ key, value: 'x'.repeat(bytes), headers: {} });
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const settledState = async (p: Promise<unknown>): Promise<string> => {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await tick();
  return state;
};

describe('EventProducer', () => {
  const make = (fake: Fake, options: { maxBatchMessages?: number; maxBatchBytes?: number } = {}, ackTimeoutMs = 5000) =>
    new EventProducer({} as Kafka, 'topic', ackTimeoutMs, { createProducer: fake.createProducer, ...options });
  /** Lets the producer's asynchronous steps (a replacement's disconnect and connect) run. */
  const ticks = async (n = 5) => {
    for (let i = 0; i < n; i++) await tick();
  };

  it('sends the messages of one tick in one produce request and resolves them on its acknowledgement', async () => {
    const fake = fakeProducers();
    const producer = make(fake);
    const sends = ['a', 'b', 'c'].map((k) => producer.send(message(k)));
    await tick();
    expect(fake.calls.map((c) => c.keys)).toEqual([['a', 'b', 'c']]);
    expect(await settledState(sends[0])).toBe('pending');
    fake.calls[0].ack();
    await Promise.all(sends);
  });

  it('keeps one request in flight: what is sent meanwhile leaves together once it is acknowledged', async () => {
    const fake = fakeProducers();
    const producer = make(fake);
    const first = producer.send(message('a'));
    await tick();
    const later = ['b', 'c'].map((k) => producer.send(message(k)));
    await tick();
    const last = producer.send(message('d'));
    await tick();
    expect(fake.calls.map((c) => c.keys)).toEqual([['a']]);
    fake.calls[0].ack();
    await first;
    await tick();
    expect(fake.calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c', 'd']]);
    expect(await settledState(later[0])).toBe('pending');
    fake.calls[1].ack();
    await Promise.all([...later, last]);
  });

  it('rejects every message of a failed request, and goes on with the next', async () => {
    const fake = fakeProducers();
    const producer = make(fake);
    const failed = ['a', 'b'].map((k) => producer.send(message(k)));
    await tick();
    const next = producer.send(message('c'));
    fake.calls[0].fail(new Error('broker down'));
    for (const p of failed) await expect(p).rejects.toThrow('broker down');
    await ticks();
    expect(fake.calls[1].keys).toEqual(['c']);
    fake.calls[1].ack();
    await next;
  });

  it('sends through a new producer after a failed request, so no sequence number of the failed one is reused', async () => {
    const fake = fakeProducers();
    const producer = make(fake);
    await producer.connect();
    const failed = producer.send(message('a'));
    await tick();
    fake.calls[0].fail(new Error('connection closed'));
    await expect(failed).rejects.toThrow('connection closed');
    const next = producer.send(message('b'));
    await ticks();
    expect(fake.calls.map((c) => [c.producer, c.keys])).toEqual([
      [0, ['a']],
      [1, ['b']],
    ]);
    expect(fake.producers).toEqual([
      { connects: 1, disconnects: 1 },
      { connects: 1, disconnects: 0 },
    ]);
    fake.calls[1].ack();
    await next;
    // Acknowledged: the new producer stays.
    const after = producer.send(message('c'));
    await ticks();
    expect(fake.calls[2].producer).toBe(1);
    fake.calls[2].ack();
    await after;
  });

  it('fails the batch while a replacement producer cannot connect, and tries another for the next', async () => {
    const fake = fakeProducers();
    const producer = make(fake);
    const failed = producer.send(message('a'));
    await tick();
    fake.calls[0].fail(new Error('broker down'));
    await expect(failed).rejects.toThrow('broker down');
    fake.failConnects = 1;
    await expect(producer.send(message('b'))).rejects.toThrow('connection refused');
    const next = producer.send(message('c'));
    await ticks();
    expect(fake.calls.map((c) => [c.producer, c.keys])).toEqual([
      [0, ['a']],
      [2, ['c']],
    ]);
    fake.calls[1].ack();
    await next;
  });

  it('never sends a message whose caller gave up before it was handed to kafkajs', async () => {
    const fake = fakeProducers();
    const producer = make(fake, {}, 50);
    const stuck = producer.send(message('a'));
    await tick();
    const abandoned = producer.send(message('b'));
    await expect(abandoned).rejects.toBeInstanceOf(ProduceTimeoutError);
    await expect(stuck).rejects.toBeInstanceOf(ProduceTimeoutError);
    const fresh = producer.send(message('c'));
    fake.calls[0].ack();
    await tick();
    await tick();
    expect(fake.calls.map((c) => c.keys)).toEqual([['a'], ['c']]);
    fake.calls[1].ack();
    await fresh;
  });

  it('bounds a request by messages and bytes, keeping their order', async () => {
    const fake = fakeProducers();
    const producer = make(fake, { maxBatchMessages: 3, maxBatchBytes: 100 });
    const sends = [message('a'), message('b'), message('c'), message('d'), message('e', 95), message('f', 200), message('g')].map((m) => producer.send(m));
    for (let acked = 0, i = 0; i < 20 && acked < 5; i++) {
      await tick();
      for (; acked < fake.calls.length; acked++) fake.calls[acked].ack();
    }
    await Promise.all(sends);
    expect(fake.calls.map((c) => c.keys)).toEqual([['a', 'b', 'c'], ['d'], ['e'], ['f'], ['g']]);
  });
});
