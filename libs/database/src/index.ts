export * from './prisma-client.factory';
export * from './database.module';
export * from './generations';
