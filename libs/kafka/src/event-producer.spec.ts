import type { Kafka } from 'kafkajs';
import { EventProducer, ProduceTimeoutError, type OutgoingMessage, type ProducerLike } from './event-producer';

interface Call {
  keys: string[];
  ack(): void;
  fail(error: Error): void;
}

/** A kafkajs producer whose produce requests are acknowledged (or failed) by the test. */
function fakeProducer(): { producer: ProducerLike; calls: Call[] } {
  const calls: Call[] = [];
  const producer = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    send: (record: { messages: OutgoingMessage[] }) =>
      new Promise((resolve, reject) => {
        calls.push({ keys: record.messages.map((m) => m.key), ack: () => resolve([]), fail: reject });
      }),
  } as unknown as ProducerLike;
  return { producer, calls };
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
  const make = (fake: { producer: ProducerLike }, options: { maxBatchMessages?: number; maxBatchBytes?: number } = {}, ackTimeoutMs = 5000) =>
    new EventProducer({} as Kafka, 'topic', ackTimeoutMs, { producer: fake.producer, ...options });

  it('sends the messages of one tick in one produce request and resolves them on its acknowledgement', async () => {
    const fake = fakeProducer();
    const producer = make(fake);
    const sends = ['a', 'b', 'c'].map((k) => producer.send(message(k)));
    await tick();
    expect(fake.calls.map((c) => c.keys)).toEqual([['a', 'b', 'c']]);
    expect(await settledState(sends[0])).toBe('pending');
    fake.calls[0].ack();
    await Promise.all(sends);
  });

  it('keeps one request in flight: what is sent meanwhile leaves together once it is acknowledged', async () => {
    const fake = fakeProducer();
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
    const fake = fakeProducer();
    const producer = make(fake);
    const failed = ['a', 'b'].map((k) => producer.send(message(k)));
    await tick();
    const next = producer.send(message('c'));
    fake.calls[0].fail(new Error('broker down'));
    for (const p of failed) await expect(p).rejects.toThrow('broker down');
    await tick();
    expect(fake.calls[1].keys).toEqual(['c']);
    fake.calls[1].ack();
    await next;
  });

  it('never sends a message whose caller gave up before it was handed to kafkajs', async () => {
    const fake = fakeProducer();
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
    const fake = fakeProducer();
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
