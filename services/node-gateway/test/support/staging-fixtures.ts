// Small helpers for the HSM staging tests: a stage in a temporary directory, a logger whose lines the
// test can read, and hsmd requests/answers as the proxy and a signer send them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@greenhouse/common';
import { encodeHsmd } from '@greenhouse/common/hsmd';
import { toWireEntries, type KeyedStateEntry } from '@greenhouse/common/signer-state';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { HsmStage, type HsmStageOptions, type IncomingHsmRequest, type IncomingHsmResponse } from '../../src/staging/index.ts';

/** A logger at debug level that keeps every line, parsed. */
export function captureLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ name: 'staging-test', level: 'debug', destination }), lines };
}

export async function temporaryDirectory(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const NODE_ID = Buffer.from('03' + '5a'.repeat(32), 'hex');
export const PEER_ID = Buffer.from('02' + '11'.repeat(32), 'hex');
/** What our fixture stage answers hsmd_init with (a stand-in for a real init reply). */
export const INIT_MSG = Buffer.from('0072' + 'ab'.repeat(40), 'hex');
export const STARTUP_REQUEST = encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from('scb secret') });
export const STARTUP_RESPONSE = Buffer.from('007b' + 'cd'.repeat(32), 'hex');

export const deriveSecret = (info: string): Buffer => Buffer.from(encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from(info) }));

export function request(id: number, raw: Uint8Array, context?: { node_id: Buffer; dbid: bigint; capabilities: bigint }): IncomingHsmRequest {
  return {
    request_id: id,
    raw: Buffer.from(raw),
    context: context ? { node_id: context.node_id, dbid: context.dbid.toString(), capabilities: context.capabilities.toString() } : null,
  };
}

export function answer(id: number, raw: Uint8Array, state: KeyedStateEntry[] = []): IncomingHsmResponse {
  return { request_id: id, raw: Buffer.from(raw), signer_state: toWireEntries(state), error: '' };
}

export function refusal(id: number, error: string): IncomingHsmResponse {
  return { request_id: id, raw: Buffer.alloc(0), signer_state: [], error };
}

export const entry = (key: string, version: bigint, value: string, signature: Uint8Array = new Uint8Array(0)): KeyedStateEntry => ({
  key,
  version,
  value,
  signature: Uint8Array.from(signature),
});

export function newStage(dir: string, options: Partial<HsmStageOptions> & { logger: Logger }): HsmStage {
  return new HsmStage({
    nodeId: NODE_ID,
    initMsg: INIT_MSG,
    startupMessages: [{ request: STARTUP_REQUEST, response: STARTUP_RESPONSE }],
    stateFile: path.join(dir, 'signer_state.json'),
    ...options,
  });
}

/** A signed client call as the gateway would list it among the pending ones. */
export function pendingCall(uri: string): PendingRequest {
  return { uri, request: Buffer.from([0, 0, 0, 0, 1, 7]), signature: Buffer.alloc(64, 1), pubkey: Buffer.alloc(65, 4), timestamp: '1700000000000', rune: Buffer.from('rune') };
}

/** Whether `promise` has settled, without waiting for it. */
export async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

export async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
