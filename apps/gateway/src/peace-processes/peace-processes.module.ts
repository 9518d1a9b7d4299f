import { Module } from '@nestjs/common';
import { GetTrackController } from './get-track/get-track.controller';
import { GetTrackHandler } from './get-track/get-track.handler';
import { ListTracksController } from './list-tracks/list-tracks.controller';
import { ListTracksHandler } from './list-tracks/list-tracks.handler';

/** Peace-process status: each negotiation track's state and timeline. */
@Module({ controllers: [ListTracksController, GetTrackController], providers: [ListTracksHandler, GetTrackHandler] })
export class PeaceProcessesModule {}
