import { createKafka } from './kafka-client';

describe('createKafka logging', () => {
  const connection = (log: jest.Mock) => ({ brokers: ['127.0.0.1:1'], clientId: 'spec', log });

  it('does not pass on the warning kafkajs gives for an idempotent producer with bounded retries', () => {
    const log = jest.fn();
    createKafka(connection(log)).producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 3 } });
    expect(log.mock.calls.map(([, message]) => message as string).filter((m) => m.includes('idempotent'))).toEqual([]);
  });

  it('passes on every other warning with its level and namespace', () => {
    const log = jest.fn();
    createKafka(connection(log)).logger().namespace('Producer').warn('Failed to send messages', { retryCount: 2 });
    expect(log).toHaveBeenCalledWith('warn', 'Producer: Failed to send messages', expect.objectContaining({ retryCount: 2 }));
  });
});
