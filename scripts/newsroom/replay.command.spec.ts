import { parseReplayCommand } from './replay.command';
import { UsageError } from './usage-error';

describe('parseReplayCommand', () => {
  it('reads replay, with or without the switch, and the generations actions', () => {
    expect(parseReplayCommand('replay', [])).toEqual({ action: 'replay', switch: true, diff: false, json: false });
    expect(parseReplayCommand('replay', ['--projection', 'all', '--no-switch'])).toEqual({ action: 'replay', switch: false, diff: false, json: false });
    expect(parseReplayCommand('generations', [])).toEqual({ action: 'list' });
    expect(parseReplayCommand('generations', ['rollback'])).toEqual({ action: 'rollback' });
    expect(parseReplayCommand('generations', ['drop', 'rm_gen_12'])).toEqual({ action: 'drop', schema: 'rm_gen_12' });
  });

  it('reads a replay that reports its diff, against the live generation or a named one, as text or JSON', () => {
    expect(parseReplayCommand('replay', ['--no-switch', '--diff'])).toEqual({ action: 'replay', switch: false, diff: true, json: false });
    expect(parseReplayCommand('replay', ['--diff', '--against', 'rm_gen_3', '--json'])).toEqual({ action: 'replay', switch: true, diff: true, against: 'rm_gen_3', json: true });
    expect(parseReplayCommand('generations', ['diff', 'public', 'rm_gen_4', '--json'])).toEqual({ action: 'diff', from: 'public', to: 'rm_gen_4', json: true });
  });

  it.each([
    ['replay', ['--projection', 'visits'], /only --projection all/],
    ['replay', ['--from-offset', '5'], /--from-offset: a replay builds a new generation from empty tables, so it reads the log from offset 0/],
    ['replay', ['--from-date', '2025-01-01'], /--from-date: .*miss every earlier report/],
    ['replay', ['--json'], /--against and --json go with --diff/],
    ['replay', ['--diff', '--against', 'pg_catalog'], /--against pg_catalog: a generation/],
    ['replay', ['--since', 'x'], /Unknown option '--since'/],
    ['generations', ['drop', 'public'], /one generation schema such as rm_gen_2/],
    ['generations', ['drop', 'rm_gen_1; DROP SCHEMA public'], /one generation schema/],
    ['generations', ['diff', 'rm_gen_1'], /generations diff takes two generations/],
    ['generations', ['diff', 'rm_gen_1', 'x"; DROP'], /generations diff takes two generations/],
    ['generations', ['rename'], /unknown generations action "rename"/],
  ] as const)('rejects %s %j with a usage error', (command, argv, message) => {
    expect(() => parseReplayCommand(command, [...argv])).toThrow(UsageError);
    expect(() => parseReplayCommand(command, [...argv])).toThrow(message);
  });
});
