// Shared plumbing of the db:migrate* command-line tools: one line on stderr and a non-zero exit
// for any failure, and the shared schema engine freed before exiting.
import { closeSchemaEngine, firstLine } from './migrations';

export async function runCli(main: (args: string[]) => Promise<number>): Promise<void> {
  // A panic inside the WASM schema engine surfaces as an uncaught RuntimeError; report it in one line.
  process.on('uncaughtException', (e) => {
    const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { get(): string } }).PRISMA_WASM_PANIC_REGISTRY?.get();
    process.stderr.write(`${firstLine(panic || (e instanceof Error ? e.message : String(e)))}\n`);
    process.exit(1);
  });
  let code: number;
  try {
    code = await main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${firstLine(e instanceof Error ? e.message : String(e))}\n`);
    code = 1;
  }
  await closeSchemaEngine().catch(() => {});
  process.exit(code);
}

/** Fails on any option the tool does not know (each tool takes at most positional names). */
export function rejectOptions(args: string[]): void {
  const option = args.find((a) => a.startsWith('-'));
  if (option) throw new Error(`unknown option ${option}`);
}
