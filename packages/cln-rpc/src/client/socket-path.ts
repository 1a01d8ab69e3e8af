import path from 'node:path';

/** lightningd's JSON-RPC socket: `<lightning-dir>/<network>/lightning-rpc` (the default `--rpc-file`). */
export function lightningRpcPath(lightningDir: string, network: string): string {
  return path.join(lightningDir, network, 'lightning-rpc');
}
