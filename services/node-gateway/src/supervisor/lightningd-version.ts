// lightningd's version for its hsmd's `--version` answer, read once per binary: `lightningd --version`
// costs ≈45 ms on these machines (bench/schedule), paid before every node start otherwise. The
// binary may be upgraded in place between starts, so the answer is kept only while the file is the
// same one: same inode, size and modification time.
import { stat } from 'node:fs/promises';
import { readLightningdVersion } from '../hsmd-proxy/index.ts';

interface KnownVersion {
  identity: string;
  version: Promise<string>;
}

const known = new Map<string, KnownVersion>();

export async function lightningdVersionOf(lightningd: string): Promise<string> {
  const file = await stat(lightningd);
  const identity = `${file.dev}:${file.ino}:${file.size}:${file.mtimeMs}`;
  const cached = known.get(lightningd);
  if (cached?.identity === identity) return cached.version;
  const version = readLightningdVersion(lightningd);
  known.set(lightningd, { identity, version });
  // A failure is not remembered: the next start asks again.
  version.catch(() => {
    if (known.get(lightningd)?.version === version) known.delete(lightningd);
  });
  return version;
}
