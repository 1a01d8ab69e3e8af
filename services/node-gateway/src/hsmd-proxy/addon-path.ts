// Where node-gyp builds the fd-passing addon, and the variable that names it for a bundled proxy
// (which runs from another directory than this file).
import { fileURLToPath } from 'node:url';

export const FDPASS_ADDON_ENV = 'GREENHOUSE_FDPASS_ADDON';
export const FDPASS_ADDON_PATH = fileURLToPath(new URL('../../build/Release/fdpass.node', import.meta.url));
