// The node's copy of its signer_state on disk (research §4.6, DESIGN §3): what the gateway relays to
// every signer of the node. The gateway keeps it opaquely (it never holds the signing key) and writes
// it atomically: a temporary file in the same directory, fsync, rename over the old one, fsync of the
// directory. A reader therefore sees the old state or the new one, never a torn file.
//
// Format (ours; Greenlight's sled key is not something a client reads):
//   {"format":"greenhouse/signer-state/v1","entries":[{"key":K,"version":"<u64 decimal>","value":"<canonical JSON text>","signature":"<hex>"}]}
// Versions are decimal strings so u64::MAX (tombstones) stays exact; values are kept as the canonical
// JSON text the signatures cover.
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  canonicalizeJson,
  parseWireVersion,
  SignerState,
  versionToWire,
  type KeyedStateEntry,
} from '@greenhouse/common/signer-state';

export const STATE_FILE_FORMAT = 'greenhouse/signer-state/v1';

export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

interface FileEntry {
  key: string;
  version: string;
  value: string;
  signature: string;
}

/** The state stored in `file`; an empty state when the file does not exist. Throws StateFileError on anything unreadable. */
export function loadStateFile(file: string): SignerState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new SignerState();
    throw new StateFileError(`cannot read the signer state file ${file}: ${(error as Error).message}`);
  }
  try {
    return SignerState.fromEntries(parseStateFile(text));
  } catch (error) {
    throw new StateFileError(`the signer state file ${file} is not valid: ${(error as Error).message}`);
  }
}

export function serializeState(state: SignerState): string {
  const entries: FileEntry[] = state.entries().map((entry) => ({
    key: entry.key,
    version: versionToWire(entry.version),
    value: entry.value,
    signature: Buffer.from(entry.signature).toString('hex'),
  }));
  return JSON.stringify({ format: STATE_FILE_FORMAT, entries }) + '\n';
}

function parseStateFile(text: string): KeyedStateEntry[] {
  const document = JSON.parse(text) as unknown;
  if (!isObject(document) || document.format !== STATE_FILE_FORMAT) throw new Error(`expected format ${STATE_FILE_FORMAT}`);
  if (!Array.isArray(document.entries)) throw new Error('entries is not a list');
  return document.entries.map((raw: unknown, index: number): KeyedStateEntry => {
    if (!isObject(raw)) throw new Error(`entry ${index} is not an object`);
    const { key, version, value, signature } = raw;
    if (typeof key !== 'string' || typeof version !== 'string' || typeof value !== 'string' || typeof signature !== 'string') {
      throw new Error(`entry ${index} lacks a string key, version, value or signature`);
    }
    if (!/^([0-9a-f]{2})*$/.test(signature)) throw new Error(`entry ${key}: signature is not hex`);
    return { key, version: parseWireVersion(version), value: canonicalizeJson(value), signature: Uint8Array.from(Buffer.from(signature, 'hex')) };
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

let temporaryCounter = 0;

/** Replaces `file` with `contents` atomically and durably (mode 0600); creates the directory if needed. */
export async function writeFileAtomically(file: string, contents: string): Promise<void> {
  const directory = path.dirname(file);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${++temporaryCounter}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename is durable only once the directory entry is.
  const dir = await open(directory, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
