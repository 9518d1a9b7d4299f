export * from './kafka-client';
export * from './topics';
export * from './event-producer';
export * from './partition-consumer';
