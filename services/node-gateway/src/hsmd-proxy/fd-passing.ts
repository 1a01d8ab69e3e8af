// The native addon (native/fdpass.c, built by node-gyp when `pnpm install` runs this package's
// install script): Node.js can neither create a socketpair nor pass an fd with SCM_RIGHTS.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { FDPASS_ADDON_ENV, FDPASS_ADDON_PATH } from './addon-path.ts';

export interface FdPassing {
  /** A connected pair of AF_UNIX stream sockets, both blocking and close-on-exec. */
  socketPair(): [number, number];
  /** Sends `fdToSend` over `socketFd` as CLN's fdpass_send does: one 0x00 byte carrying one fd (throws after 10 s without room). */
  sendFd(socketFd: number, fdToSend: number): void;
  /** Receives one fd sent that way, blocking until it arrives (throws after timeoutMs, default 10 s); the test side of sendFd. */
  recvFd(socketFd: number, timeoutMs?: number): number;
  /**
   * One message of native/handoff.c (a role name and the fds it hands over, close-on-exec), or null
   * when none has arrived yet; never waits. Throws when the peer closed first or sent something else.
   */
  tryReceiveHandoff(socketFd: number): { role: string; fds: number[] } | null;
}

const ADDON_PATH = process.env[FDPASS_ADDON_ENV] || FDPASS_ADDON_PATH;

function loadAddon(): FdPassing {
  if (!existsSync(ADDON_PATH)) {
    throw new Error(`the fd-passing addon is not built (${ADDON_PATH}): run pnpm install, which builds it with node-gyp`);
  }
  return createRequire(import.meta.url)(ADDON_PATH) as FdPassing;
}

export const fdPassing: FdPassing = loadAddon();
