// A lightningd that was just spawned has no `lightning-rpc` yet (ENOENT), or a stale file left by a crashed
// run (ECONNREFUSED); it binds the socket partway through startup. Polling connect() covers both cases.
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClnRpcConnectionError } from './errors.ts';

/** Resolves once `socketPath` accepts a connection; rejects with ClnRpcConnectionError after `timeoutMs`. */
export async function waitForRpc(socketPath: string, timeoutMs: number, pollIntervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'not tried';
  for (;;) {
    const outcome = await tryConnect(socketPath);
    if (outcome === 'connected') return;
    lastError = outcome;
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    await sleep(Math.min(pollIntervalMs, remaining));
  }
  throw new ClnRpcConnectionError(`lightning-rpc did not accept connections within ${timeoutMs} ms (last: ${lastError})`);
}

function tryConnect(socketPath: string): Promise<'connected' | string> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ path: socketPath });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      socket.destroy();
      resolve(error.code ?? error.message);
    });
  });
}
