import { isDatabaseUnavailable } from './database-unavailable';

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
});
