// greenlight.Node/Configure: the node's GlConfig (today only close_to_addr), kept in the node directory
// so it survives lightningd and gateway restarts. Greenlight keeps the signed Configure request itself
// (research/greenlight.md §4.1, G14) and attaches it to later hsmd requests, so the signer can see the
// device asked for that address; it is kept here too, when the call carried a signature (issue 7 uses it).
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { invalidArgument } from '@greenhouse/common';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import type { ClnNetwork } from '../supervisor/index.ts';
import { bitcoinAddressProblem } from './bitcoin-address.ts';

export const GL_CONFIG_FILE = 'gl-config.json';

export interface StoredGlConfig {
  close_to_addr: string;
  /** When Configure stored it (ISO 8601). */
  configured_at: string;
  /** The signed Configure call (bytes as base64), when it carried glauthpubkey/glauthsig/glts/glrune. */
  request?: { request: string; uri: string; signature: string; pubkey: string; timestamp: string; rune: string };
}

/** Checks `closeToAddr` for the node's network; INVALID_ARGUMENT saying what is wrong otherwise. */
export function checkCloseToAddress(closeToAddr: string, network: ClnNetwork): void {
  const problem = bitcoinAddressProblem(closeToAddr, network);
  if (problem) throw invalidArgument(`close_to_addr must be a ${network} Bitcoin address for this node, and ${JSON.stringify(closeToAddr.slice(0, 100))} is not: ${problem}`);
}

/** Writes `<nodeDir>/gl-config.json` atomically and durably (temp file, fsync, rename). */
export async function storeGlConfig(nodeDir: string, config: { closeToAddr: string; request?: PendingRequest }): Promise<StoredGlConfig> {
  const stored: StoredGlConfig = {
    close_to_addr: config.closeToAddr,
    configured_at: new Date().toISOString(),
    ...(config.request && { request: pendingRequestJson(config.request) }),
  };
  const file = path.join(nodeDir, GL_CONFIG_FILE);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(stored, null, 2) + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return stored;
}

/** The stored GlConfig, or undefined when Configure was never called for this node. */
export async function readGlConfig(nodeDir: string): Promise<StoredGlConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(nodeDir, GL_CONFIG_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as StoredGlConfig;
}

function pendingRequestJson(request: PendingRequest): NonNullable<StoredGlConfig['request']> {
  const base64 = (value: PendingRequest['request']) => (typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value ?? new Uint8Array(0))).toString('base64');
  return {
    request: base64(request.request),
    uri: request.uri ?? '',
    signature: base64(request.signature),
    pubkey: base64(request.pubkey),
    timestamp: String(request.timestamp ?? '0'),
    rune: base64(request.rune),
  };
}

/** The stored signed Configure call as the PendingRequest it was, for the signer (undefined if unsigned). */
export function configureRequestOf(stored: StoredGlConfig | undefined): PendingRequest | undefined {
  const request = stored?.request;
  if (!request) return undefined;
  return {
    request: Buffer.from(request.request, 'base64'),
    uri: request.uri,
    signature: Buffer.from(request.signature, 'base64'),
    pubkey: Buffer.from(request.pubkey, 'base64'),
    timestamp: request.timestamp,
    rune: Buffer.from(request.rune, 'base64'),
  };
}
