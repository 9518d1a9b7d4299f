export * from './prisma-client.factory';
export * from './database.module';
export * from './generations';
export * from './replays';
export * from './generation-facts';
export * from './database-errors';
export * from './sql-transaction';
export * from './statement-sources';
