// For the gateway: where the hsmd proxy is and the environment lightningd must pass it.
import { fileURLToPath } from 'node:url';
import { HSM_SOCKET_ENV } from './hsm-service.ts';
import { LIGHTNINGD_VERSION_ENV } from './version.ts';

export { HSM_SOCKET_ENV } from './hsm-service.ts';
export { LIGHTNINGD_VERSION_ENV, readLightningdVersion } from './version.ts';

/** The executable for `lightningd --subdaemon=hsmd:<HSMD_PROXY_PATH>` (absolute, as lightningd needs). */
export const HSMD_PROXY_PATH = fileURLToPath(new URL('../../bin/hsmd-proxy.mjs', import.meta.url));

/** Variables to add to lightningd's environment; lightningd hands its environment to the proxy. */
export function hsmdProxyEnvironment(options: { lightningdVersion: string; hsmSocketPath: string }): Record<string, string> {
  return { [LIGHTNINGD_VERSION_ENV]: options.lightningdVersion, [HSM_SOCKET_ENV]: options.hsmSocketPath };
}
