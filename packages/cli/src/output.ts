import { CommanderError } from 'commander';
import { exitCodeFor } from './exit-codes.ts';

/** Prints JSON when asked or when stdout is not a terminal (scripts), else readable lines. */
export function print(value: Record<string, unknown>, options: { json?: boolean }): void {
  if (options.json || !process.stdout.isTTY) {
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
    return;
  }
  const width = Math.max(...Object.keys(value).map((key) => key.length));
  for (const [key, entry] of Object.entries(value)) process.stdout.write(`${key.padEnd(width)}  ${String(entry)}\n`);
}

/**
 * Errors for people: the message only, on stderr, and the exit code for its gRPC status
 * (exit-codes.ts). Commander has printed its own usage errors already.
 */
export function fail(error: unknown, exitCode = exitCodeFor(error)): never {
  if (!(error instanceof CommanderError)) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`greenhouse: ${message}\n`);
  }
  process.exit(exitCode);
}
