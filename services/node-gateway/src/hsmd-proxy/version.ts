// lightningd runs every subdaemon as `PATH --version` at start and refuses to run unless the output
// starts with its own version string and a newline (lightningd.c test_subdaemons). The proxy cannot
// find the lightningd that runs it, so whoever starts lightningd (the gateway) puts the version in
// the environment, which lightningd passes on to its subdaemons unchanged.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export const LIGHTNINGD_VERSION_ENV = 'GREENHOUSE_LIGHTNINGD_VERSION';

/** What `--version` prints: lightningd's version and "\n". */
export function versionOutput(env: NodeJS.ProcessEnv = process.env): string {
  const version = env[LIGHTNINGD_VERSION_ENV]?.trim();
  if (!version) throw new Error(`${LIGHTNINGD_VERSION_ENV} is not set: the gateway sets it to \`lightningd --version\``);
  return `${version}\n`;
}

/** `lightningd --version`, as the gateway reads it before it starts lightningd (e.g. "v26.06.6"). */
export async function readLightningdVersion(lightningd: string): Promise<string> {
  const { stdout } = await promisify(execFile)(lightningd, ['--version']);
  const version = stdout.split('\n')[0]!.trim();
  if (!version) throw new Error(`${lightningd} --version printed nothing`);
  return version;
}
