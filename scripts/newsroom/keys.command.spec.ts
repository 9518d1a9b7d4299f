import { parseKeysCommand } from './keys.command';
import { UsageError } from './usage-error';

describe('parseKeysCommand', () => {
  it('reads a create command with role, name and expiry', () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(parseKeysCommand(['create', '--role', 'publisher', '--name', 'wire feed', '--expires-at', future])).toEqual({
      action: 'create',
      role: 'publisher',
      name: 'wire feed',
      expiresAt: new Date(future),
    });
  });

  it('reads list and revoke', () => {
    expect(parseKeysCommand(['list'])).toEqual({ action: 'list' });
    expect(parseKeysCommand(['revoke', '4439E917-740F-465D-A61D-BA6DE05675A3'])).toEqual({
      action: 'revoke',
      id: '4439e917-740f-465d-a61d-ba6de05675a3',
    });
  });

  it.each([
    [['create', '--role', 'root', '--name', 'x'], /--role must be one of publisher, reader, admin/],
    [['create', '--role', 'reader'], /--name is required/],
    [['create', '--role', 'reader', '--name', '   '], /--name is required/],
    [['create', '--role', 'reader', '--name', 'x', '--expires-at', 'soon'], /--expires-at must be an ISO date/],
    [['create', '--role', 'reader', '--name', 'x', '--expires-at', '2000-01-01'], /must be in the future/],
    [['create', '--role', 'reader', '--name', 'x', '--colour', 'red'], /Unknown option '--colour'/],
    [['revoke'], /takes one key id/],
    [['revoke', '../../etc/passwd'], /takes one key id/],
    [['list', 'extra'], /takes no arguments/],
    [['rotate'], /unknown keys action "rotate"/],
    [[], /unknown keys action ""/],
  ])('rejects %j with a usage error naming the problem', (argv, message) => {
    expect(() => parseKeysCommand(argv)).toThrow(UsageError);
    expect(() => parseKeysCommand(argv)).toThrow(message);
  });
});
