// How tests find and steer the lightningd TEST DOUBLE (test/support/lightningd-double.mjs).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The double's executable: give it where a lightningd binary goes (e.g. LIGHTNINGD, or the supervisor's config). */
export const LIGHTNINGD_DOUBLE_PATH = fileURLToPath(new URL('../lightningd-double.mjs', import.meta.url));

/** What `lightningd-double --version` prints unless LIGHTNINGD_DOUBLE_VERSION says otherwise. */
export const DEFAULT_DOUBLE_VERSION = 'v26.06.6';

/** Environment variables the double reads (lightningd passes its environment to it unchanged). */
export const DOUBLE_ENV = {
  /** The version it claims (and requires of its hsmd's `--version`). */
  version: 'LIGHTNINGD_DOUBLE_VERSION',
  /** "1": exit with code 1 during startup, before lightning-rpc exists (after hsmd_init). */
  failAtStartup: 'LIGHTNINGD_DOUBLE_FAIL_AT_STARTUP',
  /** "1": never get ready: after hsmd_init, wait forever without opening lightning-rpc. */
  hangAtStartup: 'LIGHTNINGD_DOUBLE_HANG_AT_STARTUP',
  /** A number of ms: exit with code 1 that long after being ready (a crash). */
  crashAfterMs: 'LIGHTNINGD_DOUBLE_CRASH_AFTER_MS',
  /** "1": answer `stop` but do not stop, and ignore SIGTERM (only SIGKILL ends it). */
  stubborn: 'LIGHTNINGD_DOUBLE_STUBBORN',
} as const;

/** A file in <lightning-dir> that, while it exists, makes every start fail like failAtStartup (toggle per attempt). */
export function failAtStartupFlag(lightningDir: string): string {
  return path.join(lightningDir, 'lightningd-double.fail');
}

/** The double's record of the node it runs (its stand-in for lightningd.sqlite3), in <lightning-dir>/<network>. */
export const DOUBLE_STATE_FILE = 'lightningd-double.json';
