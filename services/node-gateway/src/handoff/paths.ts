// Where the native helpers are, and the names lightningd's environment carries for them. Light on
// purpose: the supervisor imports it, and it must not load the fd-passing addon.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { failedPrecondition } from '@greenhouse/common';

/** lightningd's environment variable (it hands its environment to subdaemons and plugins) naming the node's handoff socket. */
export const HANDOFF_SOCKET_ENV = 'GREENHOUSE_HANDOFF_SOCKET';
export const HANDOFF_SOCKET_FILE = 'handoff.sock';

/** Built by node-gyp with the fd-passing addon (binding.gyp), when `pnpm install` runs this package's install script. */
export const NATIVE_HSMD_PATH = fileURLToPath(new URL('../../build/Release/greenhouse-hsmd', import.meta.url));
export const NATIVE_EVENTS_PLUGIN_PATH = fileURLToPath(new URL('../../build/Release/greenhouse-events-plugin', import.meta.url));

/** How the gateway runs a node's hsmd proxy and events plugin (`--hsmd-proxy`). */
export const HSMD_PROXY_MODES = ['in-gateway', 'process'] as const;
export type HsmdProxyMode = (typeof HSMD_PROXY_MODES)[number];

/** The two helpers' paths; FAILED_PRECONDITION saying how to build them when they are missing. */
export function nativeHelpers(): { hsmd: string; eventsPlugin: string } {
  for (const file of [NATIVE_HSMD_PATH, NATIVE_EVENTS_PLUGIN_PATH]) {
    if (!existsSync(file)) {
      throw failedPrecondition(`the gateway's native helper ${file} is not built: run pnpm install (node-gyp builds it, which needs make and a C compiler), or start the gateway with --hsmd-proxy=process`);
    }
  }
  return { hsmd: NATIVE_HSMD_PATH, eventsPlugin: NATIVE_EVENTS_PLUGIN_PATH };
}
