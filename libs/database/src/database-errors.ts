// Errors that say nothing about the request or the event, only about the database right now: it cannot be reached
// (a client should retry later, HTTP 503), or the transaction lost a deadlock or a serialization conflict. A consumer
// retries the whole batch from its checkpoint for either, and never counts them against an event (dead letters).

/** Prisma's codes for an unreachable server, a dropped connection, an exhausted pool or a transaction that could not start. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
/** The driver adapter's kinds of the same conditions (Prisma 7 reports them under meta.driverAdapterError). */
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);
/** Node socket errors, and Postgres SQLSTATEs of class 08 (connection exception), 53300, 57P01-57P03 (shutdown, cannot connect now). */
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|08\w{3}|53300|57P0[123])$/;
/** node-postgres reports a dropped or timed-out connection only in its message. */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server|Unable to start a transaction in the given time/i;

interface ErrorShape {
  name?: string;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
}

/** Postgres SQLSTATEs of a transaction that lost to another: deadlock, serialization failure, lock not available. */
const CONFLICT_CODES = /^(40P01|40001|55P03)$/;
/** Prisma's codes for the same (write conflict or deadlock; a transaction that timed out waiting). */
const CONFLICT_PRISMA_CODES = new Set(['P2034']);
const CONFLICT_MESSAGES = /deadlock detected|could not serialize access|could not obtain lock/i;

/** The database cannot be reached, or a transaction lost a conflict: retry the whole unit of work later. */
export function isTransientDatabaseError(error: unknown): boolean {
  return isDatabaseUnavailable(error) || isConflict(error);
}

function isConflict(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorShape;
  if (typeof e.code === 'string' && (CONFLICT_CODES.test(e.code) || CONFLICT_PRISMA_CODES.has(e.code))) return true;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (adapterCause?.originalCode && CONFLICT_CODES.test(adapterCause.originalCode)) return true;
  if (adapterCause?.kind === 'TransactionWriteConflict') return true;
  if (typeof e.message === 'string' && CONFLICT_MESSAGES.test(e.message)) return true;
  return isConflict(e.cause, depth + 1);
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorShape;
  if (e.name === 'PrismaClientInitializationError') return true;
  if (typeof e.code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_CODES.test(e.code))) return true;
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (adapterCause?.kind && UNAVAILABLE_ADAPTER_KINDS.has(adapterCause.kind)) return true;
  if (adapterCause?.originalCode && UNAVAILABLE_CODES.test(adapterCause.originalCode)) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
