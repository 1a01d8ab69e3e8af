// The proxy's stdout and stderr are lightningd's: it reports errors only, one line each, and never
// the content of an hsmd message (requests and replies can carry secrets).
const MAX_LINE = 300;

export function reportError(message: string): void {
  const line = message.replace(/\s+/g, ' ').trim();
  process.stderr.write(`hsmd-proxy: ${line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line}\n`);
}
