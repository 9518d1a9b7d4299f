// `npm run newsroom -- <command>`: the operators' command line: API keys, replays and read-model generations.
import { loadConfig } from '@newsroom/config';
import { createPrismaClient } from '@newsroom/database';
import { parseKeysCommand, runKeysCommand, KEYS_USAGE } from './newsroom/keys.command';
import { parseReplayCommand, REPLAY_USAGE, runReplayCommand } from './newsroom/replay.command';
import { UsageError } from './newsroom/usage-error';

const USAGE = `usage: npm run newsroom -- ${KEYS_USAGE} | ${REPLAY_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (command === 'replay' || command === 'generations') {
    await runReplayCommand(parseReplayCommand(command, rest), loadConfig(), out);
    return 0;
  }
  if (command !== 'keys') throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  const parsed = parseKeysCommand(rest);
  const config = loadConfig();
  const prisma = createPrismaClient({ url: config.DATABASE_URL, poolSize: 1 });
  try {
    await runKeysCommand(parsed, prisma, out);
  } finally {
    await prisma.$disconnect();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`newsroom: ${message.split('\n')[0]}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
