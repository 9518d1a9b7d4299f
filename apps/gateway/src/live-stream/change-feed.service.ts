import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { Client } from 'pg';
import { Subject } from 'rxjs';

/** The channel the projector NOTIFYs after each committed batch (apps/projector BatchProjector). */
export const CHANGES_CHANNEL = 'newsroom_changes';
const RECONNECT_MS = 2_000;

/**
 * One LISTEN connection per gateway: every notification of the projector becomes a tick that wakes the open
 * streams, which then read change_log past their last id. Ticks carry no data, so a lost one only delays.
 */
@Injectable()
export class ChangeFeed implements OnModuleDestroy {
  private readonly logger = new Logger('ChangeFeed');
  readonly ticks = new Subject<void>();
  private client?: Client;
  private listening?: Promise<void>;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Starts listening on first use (so a gateway nobody streams from holds no extra connection). */
  ensureListening(): Promise<void> {
    this.listening ??= this.connect().catch((error: Error) => {
      this.listening = undefined;
      throw error;
    });
    return this.listening;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', () => this.ticks.next());
    client.on('error', () => undefined); // 'end' follows and reconnects
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    this.client = client;
  }

  private lost(client: Client): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.logger.warn('LISTEN connection lost; reconnecting');
    this.reconnectLater();
  }

  private reconnectLater(): void {
    setTimeout(() => {
      if (this.closed) return;
      this.connect().then(
        () => this.ticks.next(), // catch up on what was missed meanwhile
        (error: Error) => {
          this.logger.warn(`LISTEN reconnect failed: ${error.message}`);
          this.reconnectLater();
        },
      );
    }, RECONNECT_MS);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    this.ticks.complete();
    await this.client?.end().catch(() => undefined);
  }
}
