import { Kafka, logLevel as KafkaLogLevel, type KafkaConfig, type logCreator, type RetryOptions } from 'kafkajs';

export type { Kafka } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** kafkajs' own connection retries; the apps add their own bounds on top. */
  connectionTimeoutMs?: number;
  /** kafkajs' retries of connects and metadata (and of sends, unless a producer sets its own). */
  retry?: RetryOptions;
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;
}

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [KafkaLogLevel.ERROR]: 'error',
  [KafkaLogLevel.WARN]: 'warn',
  [KafkaLogLevel.INFO]: 'info',
  [KafkaLogLevel.DEBUG]: 'debug',
};

/**
 * kafkajs warnings that describe a choice made on purpose, not a fault. Every producer here bounds its retries, so
 * that a send fails within its caller's deadline and the caller settles it (the gateway answers the request; the
 * projector fails the batch, fetched again); idempotence (and the projector's applied event ids) still keep a retried
 * send from being applied twice. kafkajs warns of that bound on every idempotent producer it creates.
 */
const DELIBERATE = ['Limiting retries for the idempotent producer may invalidate EoS guarantees'];

/** The only place a kafkajs client is constructed. */
export function createKafka(connection: KafkaConnection): Kafka {
  const log = connection.log;
  const logCreatorFn: logCreator = () => ({ namespace, level, log: entry }) => {
    const { message, ...extra } = entry;
    if (DELIBERATE.includes(message)) return;
    log?.(LEVELS[level] ?? 'info', `${namespace}: ${message}`, extra);
  };
  const config: KafkaConfig = {
    clientId: connection.clientId,
    brokers: connection.brokers,
    connectionTimeout: connection.connectionTimeoutMs ?? 3000,
    retry: connection.retry ?? { initialRetryTime: 100, retries: 8, maxRetryTime: 5000 },
    logLevel: log ? KafkaLogLevel.WARN : KafkaLogLevel.NOTHING,
    logCreator: logCreatorFn,
  };
  return new Kafka(config);
}
