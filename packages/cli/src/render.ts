// Results of the node commands: JSON when piped or with --json (bytes in hex), else readable lines.
import { toJson } from '@greenhouse/client';

export interface OutputOptions {
  json?: boolean | string;
}

export function wantsJson(options: OutputOptions): boolean {
  return Boolean(options.json) || !process.stdout.isTTY;
}

/** One result: pretty JSON for scripts, an indented listing for people. */
export function printResult(value: unknown, options: OutputOptions): void {
  const plain = toJson(value);
  if (wantsJson(options)) {
    process.stdout.write(JSON.stringify(plain, null, 2) + '\n');
    return;
  }
  process.stdout.write(readable(plain).join('\n') + '\n');
}

/** One message of a stream: a JSON line for scripts, readable lines for people. */
export function printStreamItem(value: unknown, options: OutputOptions): void {
  const plain = toJson(value);
  process.stdout.write((wantsJson(options) ? JSON.stringify(plain) : readable(plain).join('\n')) + '\n');
}

/** `key  value` lines, nested objects indented, lists as `- ` items; empty values shown as such. */
export function readable(value: unknown, indent = ''): string[] {
  if (value === null || value === undefined || value === '') return [`${indent}(none)`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}(none)`];
    return value.flatMap((item) => {
      const lines = readable(item, `${indent}  `);
      return [`${indent}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    });
  }
  if (typeof value !== 'object') return [`${indent}${String(value)}`];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [`${indent}(none)`];
  const width = Math.max(...entries.map(([key]) => key.length));
  return entries.flatMap(([key, entry]) => {
    if (entry !== null && typeof entry === 'object' && !(Array.isArray(entry) && entry.length === 0) && Object.keys(entry).length > 0) {
      if (isAmount(entry)) return [`${indent}${key.padEnd(width)}  ${formatAmount(entry)}`];
      return [`${indent}${key}`, ...readable(entry, `${indent}  `)];
    }
    const shown = entry === '' || entry === null || (Array.isArray(entry) && entry.length === 0) ? '(none)' : typeof entry === 'object' ? '(none)' : String(entry);
    return [`${indent}${key.padEnd(width)}  ${shown}`];
  });
}

/** cln.Amount `{msat}` reads better as "1000000 msat". */
function isAmount(value: object): value is { msat: string } {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'msat';
}

function formatAmount(amount: { msat: string }): string {
  return `${amount.msat} msat`;
}
