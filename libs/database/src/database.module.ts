import { Global, Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { createPrismaClient, PrismaClient } from './prisma-client.factory';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

/** Nest wrapper around the Prisma client; connects lazily, disconnects on shutdown. */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(DATABASE_CONNECTION) connection: { url: string; poolSize?: number }) {
    this.client = createPrismaClient(connection);
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.client.$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(connection: { url: string; poolSize?: number }) {
    return {
      module: DatabaseModule,
      providers: [{ provide: DATABASE_CONNECTION, useValue: connection }, PrismaService],
      exports: [PrismaService],
    };
  }
}
