import { Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed.service';
import { ReplayFeed } from './replay-feed.service';
import { StreamController } from './stream.controller';

/** Live updates: the read models' change log as server-sent events, woken by the projector's notifications, and replay progress. */
@Module({ controllers: [StreamController], providers: [ChangeFeed, ReplayFeed] })
export class LiveStreamModule {}
