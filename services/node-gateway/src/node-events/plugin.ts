// Where the events plugin is and how lightningd tells it where the gateway listens.
import { fileURLToPath } from 'node:url';

/** The executable for `lightningd --plugin=<EVENTS_PLUGIN_PATH>` (absolute). */
export const EVENTS_PLUGIN_PATH = fileURLToPath(new URL('../../bin/greenhouse-events-plugin.mjs', import.meta.url));

/** lightningd's environment variable (it hands its environment to plugins) naming the event hub's socket. */
export const EVENTS_SOCKET_ENV = 'GREENHOUSE_EVENTS_SOCKET';

/** The event hub's socket, next to lightning-rpc and hsmd.sock in the node's socket directory. */
export const EVENTS_SOCKET_FILE = 'events.sock';
