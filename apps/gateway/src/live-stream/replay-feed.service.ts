import { Injectable } from '@nestjs/common';
import { activeReplay, PrismaService, replaysChangedSince } from '@newsroom/database';
import { catchError, concatMap, EMPTY, exhaustMap, from, share, timer, type Observable } from 'rxjs';
import { prismaSql, replayStreamEvent, replayView, type ReplayStreamEvent } from '../admin/replays/replay-view';

/** How often the gateway looks at the replays table while someone streams (runners update it every second). */
const POLL_MS = 1_000;

/**
 * Replay progress for the live stream: one poll of the (small) replays table per gateway, shared by every open
 * stream and running only while one is open; each changed replay is emitted once.
 */
@Injectable()
export class ReplayFeed {
  readonly updates: Observable<ReplayStreamEvent>;

  constructor(private readonly prisma: PrismaService) {
    let since = new Date();
    this.updates = timer(0, POLL_MS).pipe(
      exhaustMap(() => from(replaysChangedSince(prismaSql(this.prisma), since)).pipe(catchError(() => EMPTY))),
      concatMap((rows) => {
        for (const r of rows) if (r.updatedAt > since) since = r.updatedAt;
        return from(rows.map((r) => replayStreamEvent(replayView(r))));
      }),
      share(),
    );
  }

  /** The replay requested or running now, if any: what a new stream starts with. */
  async current(): Promise<ReplayStreamEvent | undefined> {
    const replay = await activeReplay(prismaSql(this.prisma));
    return replay && replayStreamEvent(replayView(replay));
  }
}
