import { isDatabaseUnavailable, isTransientDatabaseError } from './database-errors';

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Prisma: server unreachable', { name: 'PrismaClientKnownRequestError', code: 'P1001' }],
    ['Prisma: transaction could not start', { name: 'PrismaClientKnownRequestError', code: 'P2028' }],
    ['Prisma raw query whose driver could not connect', { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }],
    ['driver: connection closed', { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } }],
    ['Prisma client could not initialise', { name: 'PrismaClientInitializationError' }],
    ['pg: connection refused', { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' }],
    ['pg: server shutting down', { code: '57P01', message: 'terminating connection due to administrator command' }],
    ['pg: dropped connection', new Error('Connection terminated unexpectedly')],
    ['wrapped in a cause', { message: 'outer', cause: { code: 'ECONNRESET' } }],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { name: 'PrismaClientKnownRequestError', code: 'P2002' }],
    ['a syntax error', { code: '42601', message: 'syntax error at or near "SELEC"' }],
    ['a plain error', new Error('articles handler exploded')],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('does not take %s for an outage', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ['a Postgres deadlock', { code: '40P01', message: 'deadlock detected' }],
    ['a Prisma raw query that lost a deadlock', { code: 'P2010', meta: { driverAdapterError: { cause: { originalCode: '40P01', kind: 'postgres' } } } }],
    ['a serialization failure', { code: '40001' }],
    ['Prisma: write conflict or deadlock', { code: 'P2034' }],
    ['a deadlock named only in the message', new Error('Raw query failed. Code: `40P01`. Message: `deadlock detected`')],
    ['an unreachable database', { code: 'ECONNREFUSED' }],
  ])('takes %s for transient: the whole batch is retried, no event is blamed', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it.each([
    ['a handler bug', new Error('articles handler exploded')],
    ['a value Postgres refuses', { code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' }],
    ['a unique violation', { code: 'P2002' }],
  ])('does not take %s for transient', (_, error) => {
    expect(isTransientDatabaseError(error)).toBe(false);
  });
});
