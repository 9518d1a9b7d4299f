import { formatEta, replayStatus, type ReplayEvent } from './replay-status';

const replay = (over: Partial<ReplayEvent>): ReplayEvent => ({
  id: 3,
  state: 'running',
  generation: 'rm_gen_4',
  eventsDone: 4_500,
  eventsTotal: 10_000,
  percent: 45,
  rate: 1_234.5,
  etaSeconds: 75,
  ...over,
});

describe('replayStatus', () => {
  it('shows a running replay with its share, rate and ETA, and a progress bar', () => {
    expect(replayStatus(replay({}))).toEqual({
      text: 'Replay 3 (rm_gen_4): 45% (4,500 of 10,000 events), 1,235 events/s, ETA 1 min 15 s',
      progress: { value: 4_500, max: 10_000 },
    });
  });

  it('leaves out a rate and an ETA not known yet', () => {
    expect(replayStatus(replay({ rate: null, etaSeconds: null, eventsDone: 0, percent: 0 })).text).toBe('Replay 3 (rm_gen_4): 0% (0 of 10,000 events)');
  });

  it('hides the bar once the replay has ended, saying how', () => {
    expect(replayStatus(replay({ state: 'switched' }))).toEqual({ text: 'Replay 3 (rm_gen_4): switched, the read models are rebuilt', progress: null });
    expect(replayStatus(replay({ state: 'failed' })).text).toBe('Replay 3 (rm_gen_4): failed (see GET /api/admin/replays/3)');
    expect(replayStatus(replay({ state: 'requested', generation: null })).text).toBe('Replay 3: waiting for a projector');
  });

  it('writes ETAs in seconds, minutes or hours', () => {
    expect([formatEta(9), formatEta(600), formatEta(7_380)]).toEqual(['9 s', '10 min 00 s', '2 h 03 min']);
  });
});
