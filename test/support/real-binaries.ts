// Finds real lightningd/bitcoind builds for the real-CLN suite: env LIGHTNINGD / BITCOIND, else PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined; // not installed
  }
}

export function lightningdPath(): string | undefined {
  const candidate = process.env.LIGHTNINGD ?? onPath('lightningd');
  return candidate && existsSync(candidate) ? candidate : undefined;
}

export function bitcoindPath(): string | undefined {
  const candidate = process.env.BITCOIND ?? onPath('bitcoind');
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/** CLN's subdaemon directory next to a lightningd binary (`../libexec/c-lightning`, or the build tree's). */
export function clnSubdaemon(lightningd: string, name: string): string | undefined {
  const bin = path.dirname(lightningd);
  const candidates = [path.join(bin, '../libexec/c-lightning', name), path.join(bin, '..', name.replace(/^lightning_/, ''), name)];
  return candidates.find((file) => existsSync(file));
}

/** Prints why a real-CLN test is skipped, once, so a green run on a bare machine says so. */
export function skipReason(what: string, missing: string[]): string | undefined {
  if (missing.length === 0) return undefined;
  const reason = `skipping ${what}: ${missing.join(' and ')} not found (set ${missing.map((m) => m.toUpperCase()).join('/')} or put it on PATH)`;
  console.log(reason);
  return reason;
}
