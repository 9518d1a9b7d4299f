import { Inject, Logger } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { PrismaService } from '@newsroom/database';
import { fetchTopicOffsets } from '@newsroom/kafka';
import { EventLog } from '../../event-log/event-log.module';
import { GetProjectionsQuery } from './get-projections.query';
import type { ProjectionsView } from './projections-view.dto';
import { projectionsView } from './projections-view';

const counts = (rows: { partition: number; n: bigint }[]) => new Map(rows.map((r) => [r.partition, Number(r.n)]));

/** Where the projections stand, from Postgres (checkpoints, applied events, dead letters) and Kafka (high watermarks). */
@QueryHandler(GetProjectionsQuery)
export class GetProjectionsHandler implements IQueryHandler<GetProjectionsQuery> {
  private readonly logger = new Logger('GetProjections');

  constructor(
    private readonly prisma: PrismaService,
    private readonly eventLog: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(): Promise<ProjectionsView> {
    const db = this.prisma.client;
    const topic = this.config.ARTICLES_TOPIC;
    const [checkpoints, applied, dead, versions, highWatermarks] = await Promise.all([
      db.projectionCheckpoint.findMany({ where: { topic } }),
      db.$queryRaw<{ partition: number; n: bigint }[]>`
        SELECT partition, count(*) AS n FROM applied_events
        WHERE topic = ${topic} AND applied_at > now() - interval '60 seconds' GROUP BY partition`,
      db.$queryRaw<{ partition: number; n: bigint }[]>`
        SELECT partition, count(*) AS n FROM dead_letters WHERE topic = ${topic} AND state = 'dead' GROUP BY partition`,
      // One index lookup per partition (topic, partition, offset DESC) rather than sorting every applied event.
      db.$queryRaw<{ partition: number; extractor_version: string | null }[]>`
        SELECT c.partition, last.extractor_version
        FROM (SELECT DISTINCT partition FROM projection_checkpoints WHERE topic = ${topic}) c
        CROSS JOIN LATERAL (
          SELECT a.extractor_version FROM applied_events e JOIN articles a ON a.id = e.article_id
          WHERE e.topic = ${topic} AND e.partition = c.partition ORDER BY e.offset DESC LIMIT 1) last`,
      fetchTopicOffsets(this.eventLog.kafka, topic).then(
        (offsets) => new Map(offsets.map((o) => [o.partition, BigInt(o.high)])),
        (error: Error) => {
          this.logger.warn(`high watermarks of ${topic} unavailable: ${error.message}`);
          return null;
        },
      ),
    ]);
    return projectionsView({
      topic,
      checkpoints,
      highWatermarks,
      appliedLastMinute: counts(applied),
      deadLetters: counts(dead),
      extractorVersions: new Map(versions.map((v) => [v.partition, v.extractor_version])),
    });
  }
}
