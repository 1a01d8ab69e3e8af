// For the gateway: where the hsmd proxy is and the environment lightningd must pass it.
import { fileURLToPath } from 'node:url';
import { HSM_SOCKET_ENV } from './hsm-service.ts';
import { LIGHTNINGD_VERSION_ENV } from './version.ts';
import { PROTO_DIR, PROTO_DIR_ENV } from '@greenhouse/common/proto';
import { FDPASS_ADDON_ENV, FDPASS_ADDON_PATH } from './addon-path.ts';

export { HSM_SOCKET_ENV } from './hsm-service.ts';
export { LIGHTNINGD_VERSION_ENV, readLightningdVersion } from './version.ts';

/** The executable for `lightningd --subdaemon=hsmd:<HSMD_PROXY_PATH>` (absolute, as lightningd needs). */
export const HSMD_PROXY_PATH = fileURLToPath(new URL('../../bin/hsmd-proxy.mjs', import.meta.url));

/**
 * Variables to add to lightningd's environment; lightningd hands its environment to the proxy. The
 * proto directory and the addon are named absolutely: a bundled proxy lives elsewhere than its sources.
 */
export function hsmdProxyEnvironment(options: { lightningdVersion: string; hsmSocketPath: string }): Record<string, string> {
  return {
    [LIGHTNINGD_VERSION_ENV]: options.lightningdVersion,
    [HSM_SOCKET_ENV]: options.hsmSocketPath,
    [PROTO_DIR_ENV]: PROTO_DIR,
    [FDPASS_ADDON_ENV]: FDPASS_ADDON_PATH,
  };
}
