// A produce request the broker wrote but whose answer never came back (a connection cut, a broker restarting): the
// send fails, and the next send to that partition must be written, not taken by the broker for a retry of the first.
// Against the shared broker; the connections are cut by the client's own sockets, so nothing else is disturbed.
import * as net from 'node:net';
import { Kafka, type ISocketFactory } from 'kafkajs';
import { EventProducer } from '@newsroom/kafka';
import { createTopic, readRawTopic, testKafka } from '../../support/generated-events';
import { testRun, uniqueName } from '../../support/test-env';

jest.setTimeout(60_000);

/**
 * Sockets that, while `dropReplies` is set, close as soon as the broker answers, as a broker going away would, so
 * the answer is never read.
 */
function cuttableSockets(): { socketFactory: ISocketFactory; dropReplies: boolean } {
  const control = {
    dropReplies: false,
    socketFactory: (({ host, port, onConnect }) => {
      const socket = net.connect({ host, port }, onConnect);
      const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
      socket.emit = ((event: string | symbol, ...args: unknown[]) => {
        if (event === 'data' && control.dropReplies) {
          socket.destroy();
          emit('end');
          return true;
        }
        return emit(event, ...args);
      }) as typeof socket.emit;
      return socket;
    }) as ISocketFactory,
  };
  return control;
}

describe('event producer: a produce request written but not answered', () => {
  it('writes the next message of the partition after the failed send, instead of acknowledging it unwritten', async () => {
    const topic = uniqueName('test.lost-replies');
    const brokers = testRun().kafkaBrokers.split(',');
    await createTopic(testKafka(brokers), topic, 1);
    const sockets = cuttableSockets();
    const kafka = new Kafka({
      clientId: 'lost-replies-test',
      brokers,
      socketFactory: sockets.socketFactory,
      retry: { initialRetryTime: 50, retries: 1, maxRetryTime: 100 },
      connectionTimeout: 1000,
      logCreator: () => () => undefined,
    });
    const producer = new EventProducer(kafka, topic, 10_000, { retry: { initialRetryTime: 50, retries: 1, maxRetryTime: 100 } });
    await producer.connect();
    const message = (key: string) => ({ key, value: JSON.stringify({ key }), headers: {} });
    try {
      await producer.send(message('first'));

      // The broker writes it; its answer is cut, and so is every answer to the retries.
      sockets.dropReplies = true;
      await expect(producer.send(message('written, answer lost'))).rejects.toThrow();
      sockets.dropReplies = false;

      // One message to the same partition, as the unanswered batch was: the batch a reused sequence would match.
      await producer.send(message('after the cut'));
    } finally {
      await producer.disconnect();
    }
    const keys = (await readRawTopic(testKafka(brokers), topic)).map((m) => m.key);
    // The unanswered one is there too: the gateway's ingest record (rejected) is what voids such an event.
    expect(keys).toEqual(['first', 'written, answer lost', 'after the cut']);
  });
});
