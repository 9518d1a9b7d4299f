import { BadRequestException, Controller, Headers, MessageEvent, Query, Sse } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { PrismaService, type ChangeLogEntryModel } from '@newsroom/database';
import { envoyId } from '@newsroom/read-models';
import { concatMap, defer, filter, from, interval, merge, startWith, tap, type Observable } from 'rxjs';
import { RequireRole } from '../auth/roles.decorator';
import { ChangeFeed } from './change-feed.service';
import { ReplayFeed } from './replay-feed.service';
import { StreamParamsDto, type ChangeEvent, type StreamParams } from './stream.query';

const PAGE = 500;
const HEARTBEAT_MS = 15_000;

@ApiTags('live')
@ApiSecurity('api-key')
@Controller('api/stream')
export class StreamController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly feed: ChangeFeed,
    private readonly replays: ReplayFeed,
  ) {}

  @Sse()
  @RequireRole('reader')
  @ApiOperation({
    summary:
      'Server-sent events of read-model changes (visits, statements, status, envoys) as the projector commits them, resumed with Last-Event-ID; ' +
      'and `replay` events (no id) with a replay\'s state and progress (eventsDone, eventsTotal, percent, rate, etaSeconds) about every second while it runs, the current one first',
  })
  @ApiProduces('text/event-stream')
  stream(@Query() params: StreamParamsDto, @Headers('last-event-id') lastEventHeader?: string): Observable<MessageEvent> {
    const resumeFrom = lastEventHeader ?? params.lastEventId;
    if (resumeFrom !== undefined && !/^\d{1,18}$/.test(resumeFrom)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Last-Event-ID: an event id this stream gave out', details: [{ field: 'Last-Event-ID', problem: 'an event id this stream gave out' }] });
    }
    let cursor: bigint | undefined = resumeFrom === undefined ? undefined : BigInt(resumeFrom);
    let sent = resumeFrom; // the id of the last event written to this stream
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    if (cursor !== undefined) markReady();
    const read = async (): Promise<MessageEvent[]> => {
      if (cursor === undefined) {
        // a new stream starts at the present: only what changes from now on
        const last = await this.prisma.client.changeLogEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
        cursor = last?.id ?? 0n;
        sent = cursor.toString();
        markReady();
        return [];
      }
      const events: MessageEvent[] = [];
      for (;;) {
        const rows: ChangeLogEntryModel[] = await this.prisma.client.changeLogEntry.findMany({
          where: { id: { gt: cursor } },
          orderBy: { id: 'asc' },
          take: PAGE,
        });
        if (!rows.length) return events;
        cursor = rows[rows.length - 1].id;
        for (const row of rows) {
          const change: ChangeEvent = {
            kind: row.kind as ChangeEvent['kind'],
            action: row.action as ChangeEvent['action'],
            id: row.entityId,
            envoy: row.envoy,
            track: row.track,
            at: row.createdAt.toISOString(),
          };
          if (matches(change, params)) events.push({ id: row.id.toString(), type: change.kind, data: change });
        }
        if (rows.length < PAGE) return events;
      }
    };
    // one read at a time, in order: on start, on every projector notification, and as a heartbeat
    const wakeups = merge(defer(() => from(this.feed.ensureListening())), this.feed.ticks, interval(HEARTBEAT_MS)).pipe(startWith(null));
    const changes = wakeups.pipe(
      concatMap(() => from(read())),
      concatMap((events) => from(events)),
      tap((event) => (sent = String(event.id))),
    );
    if (params.kinds && !params.kinds.includes('replay')) return changes;
    // A replay event carries the id of the last change sent (Nest would number an event without one, and a client
    // would then resume from that number): resuming after it neither skips nor repeats a change.
    const replays = merge(defer(() => from(this.replays.current())).pipe(filter((r) => r !== undefined)), this.replays.updates).pipe(
      concatMap(async (data): Promise<MessageEvent> => {
        await ready;
        return { type: 'replay', id: sent!, data };
      }),
    );
    return merge(changes, replays);
  }
}

function matches(change: ChangeEvent, { envoy, track, kinds }: StreamParams): boolean {
  if (kinds && !(kinds as readonly string[]).includes(change.kind)) return false;
  if (envoy && (!change.envoy || envoyId(change.envoy) !== envoy)) return false;
  if (track && change.track !== track) return false;
  return true;
}
