import { parseReplayCommand } from './replay.command';
import { UsageError } from './usage-error';

describe('parseReplayCommand', () => {
  it('reads replay, with or without the switch, and the generations actions', () => {
    expect(parseReplayCommand('replay', [])).toEqual({ action: 'replay', switch: true });
    expect(parseReplayCommand('replay', ['--projection', 'all', '--no-switch'])).toEqual({ action: 'replay', switch: false });
    expect(parseReplayCommand('generations', [])).toEqual({ action: 'list' });
    expect(parseReplayCommand('generations', ['rollback'])).toEqual({ action: 'rollback' });
    expect(parseReplayCommand('generations', ['drop', 'rm_gen_12'])).toEqual({ action: 'drop', schema: 'rm_gen_12' });
  });

  it.each([
    ['replay', ['--projection', 'visits'], /only --projection all/],
    ['replay', ['--from-offset', '5'], /Unknown option '--from-offset'/],
    ['generations', ['drop', 'public'], /one generation schema such as rm_gen_2/],
    ['generations', ['drop', 'rm_gen_1; DROP SCHEMA public'], /one generation schema/],
    ['generations', ['rename'], /unknown generations action "rename"/],
  ] as const)('rejects %s %j with a usage error', (command, argv, message) => {
    expect(() => parseReplayCommand(command, [...argv])).toThrow(UsageError);
    expect(() => parseReplayCommand(command, [...argv])).toThrow(message);
  });
});
