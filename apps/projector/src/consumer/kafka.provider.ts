import { Logger, type Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { createKafka } from '@newsroom/kafka';

export const KAFKA = Symbol('KAFKA');

const logger = new Logger('Kafka');

export const kafkaProvider: Provider = {
  provide: KAFKA,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    createKafka({
      brokers: config.KAFKA_BROKERS,
      clientId: `${config.KAFKA_CLIENT_ID}-projector`,
      log: (level, message) => (level === 'error' ? logger.error(message) : level === 'warn' ? logger.warn(message) : undefined),
    }),
};
