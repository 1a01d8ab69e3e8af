// Which lightningd the gateway runs: LIGHTNINGD if set, else the first `lightningd` on PATH.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { failedPrecondition } from '@greenhouse/common';

/** The Core Lightning release the gateway is built against (DESIGN §2: cln follows CLN v26.06.6). */
export const SUPPORTED_CLN_RELEASE = 'v26.06';

export const LIGHTNINGD_ENV = 'LIGHTNINGD';

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false; // missing, unreadable or not executable: not a candidate
  }
}

/**
 * The absolute path of the lightningd to run. `LIGHTNINGD` wins when set (and must then be an
 * executable file: a wrong explicit setting is an error, not a reason to look elsewhere); otherwise
 * PATH is searched like a shell would. Throws a FAILED_PRECONDITION GreenhouseError saying what to
 * install or set when there is none.
 */
export function locateLightningd(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env[LIGHTNINGD_ENV]?.trim();
  if (explicit) {
    const file = path.resolve(explicit);
    if (isExecutableFile(file)) return file;
    throw failedPrecondition(
      `lightningd not found: ${LIGHTNINGD_ENV}=${explicit} is not an executable file; set ${LIGHTNINGD_ENV} to a Core Lightning ${SUPPORTED_CLN_RELEASE} lightningd, or unset it to use the one on PATH`,
    );
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue; // an empty PATH entry means the cwd to a shell; a server should not run whatever is there
    const file = path.resolve(dir, 'lightningd');
    if (isExecutableFile(file)) return file;
  }
  throw failedPrecondition(`lightningd not found: set ${LIGHTNINGD_ENV} to a Core Lightning ${SUPPORTED_CLN_RELEASE} lightningd, or put it on PATH`);
}
