// What the browser tests run the dashboard against: a database of its own (the views show every article of their
// database, and other tests add many), a key per role, the gateway serving the built bundle, and the projector when
// the test starts it.
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@newsroom/config';
import { createPrismaClient, type PrismaClient } from '@newsroom/database';
import { ensureDashboardBuilt } from './dashboard-bundle';
import { issueKeys, startGatewayApp, type RunningGateway } from './ingest';
import { startProjectorApp } from './projector-app';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';
import { appEnvironment } from './test-env';

export class DashboardSystem {
  projector?: INestApplication;

  private constructor(
    readonly database: ScratchDatabase,
    readonly config: AppConfig,
    readonly prisma: PrismaClient,
    readonly keys: Record<'publisher' | 'reader' | 'admin', string>,
    readonly gateway: RunningGateway,
  ) {}

  static async start(name: string): Promise<DashboardSystem> {
    ensureDashboardBuilt();
    const database = await createScratchDatabase(name);
    // a shared, busy machine: give the broker time to acknowledge the first writes to the fresh topic
    const { config } = await appEnvironment({ KAFKA_ACK_TIMEOUT_MS: '15000', DATABASE_URL: database.url });
    const prisma = createPrismaClient({ url: database.url, poolSize: 2 });
    const keys = await issueKeys(prisma);
    return new DashboardSystem(database, config, prisma, keys, await startGatewayApp(config));
  }

  async startProjector(): Promise<void> {
    this.projector = await startProjectorApp(this.config);
  }

  /** GET with the reader key, as the page does; the status must be 200. */
  async api<T>(route: string): Promise<T> {
    const response = await fetch(`${this.gateway.url}${route}`, { headers: { 'x-api-key': this.keys.reader } });
    if (response.status !== 200) throw new Error(`GET ${route}: ${response.status}`);
    return (await response.json()) as T;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await this.projector?.close();
    await this.prisma.$disconnect();
    await this.database.drop();
  }
}
