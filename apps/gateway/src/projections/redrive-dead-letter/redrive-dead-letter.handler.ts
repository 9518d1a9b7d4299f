import { ConflictException, Inject, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { PrismaService } from '@newsroom/database';
import { EventLog } from '../../event-log/event-log.module';
import { deadLetterView } from '../list-dead-letters/list-dead-letters.handler';
import type { DeadLetterView } from '../list-dead-letters/dead-letter-view.dto';
import { RedriveDeadLetterCommand } from './redrive-dead-letter.command';

/** Header naming the dead letter a re-driven message came from. */
export const REDRIVEN_FROM_HEADER = 'redriven-from-dead-letter';

/**
 * Claims the dead letter (dead → redriven, so two admins cannot re-drive it twice), then produces its
 * original key, value and headers to the article topic. The projector did not record the event as
 * applied, so it applies it like any other; if it fails again it becomes a new dead letter.
 */
@CommandHandler(RedriveDeadLetterCommand)
export class RedriveDeadLetterHandler implements ICommandHandler<RedriveDeadLetterCommand> {
  constructor(
    private readonly prisma: PrismaService,
    private readonly eventLog: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ id }: RedriveDeadLetterCommand): Promise<DeadLetterView> {
    const db = this.prisma.client;
    const where = { id, topic: this.config.ARTICLES_TOPIC };
    const claimed = await db.deadLetter.updateMany({ where: { ...where, state: 'dead' }, data: { state: 'redriven', redrivenAt: new Date() } });
    const letter = await db.deadLetter.findFirst({ where });
    if (!letter) throw new NotFoundException(`dead letter ${id} not found`);
    if (claimed.count === 0) throw new ConflictException(`dead letter ${id} was already re-driven`);
    try {
      await this.eventLog.producer.send({
        key: letter.key ?? letter.articleId ?? `${letter.topic}:${letter.partition}:${letter.offset}`,
        value: letter.value ? Buffer.from(letter.value) : Buffer.alloc(0),
        headers: { ...(letter.headers as Record<string, string>), [REDRIVEN_FROM_HEADER]: letter.id.toString() },
      });
    } catch (error) {
      await db.deadLetter.updateMany({ where: { id, state: 'redriven' }, data: { state: 'dead', redrivenAt: null } });
      throw new ServiceUnavailableException(`the event log did not acknowledge the re-driven event: ${(error as Error).message}`);
    }
    return deadLetterView(letter);
  }
}
