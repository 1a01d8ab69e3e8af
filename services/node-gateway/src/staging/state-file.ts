// The node's copy of its signer_state on disk (research §4.6, DESIGN §3): what the gateway relays to
// every signer of the node. The gateway keeps it opaquely (it never holds the signing key).
//
// Two files (StateFileStore):
//   <file>          the snapshot, replaced atomically: a temporary file in the same directory, fsync,
//                   rename over the old one, fsync of the directory. A reader sees the old snapshot or
//                   the new one, never a torn file.
//   <file>.journal  what changed since, appended: one line per write (the entries of the keys that
//                   changed, at their new version), each made durable with fdatasync before the write
//                   counts as done. One append and one fdatasync instead of a whole file, a rename and
//                   two fsyncs: the gateway writes after nearly every answer a signer gives.
// Loading reads the snapshot and applies the journal's lines whose sequence number is above the
// snapshot's `journal_seq`. A last line cut short by a crash was never acknowledged and is ignored.
// The journal is folded into a new snapshot (compaction) when it has grown, when the store was
// opened, and after any failed write (a partial line must never sit in front of later ones); the
// snapshot carries the sequence number it includes, so a journal left over from a crash between
// the two steps is skipped, never applied over a newer snapshot.
//
// Format (ours; Greenlight's sled key is not something a client reads):
//   snapshot {"format":"greenhouse/signer-state/v1","entries":[{"key":K,"version":"<u64 decimal>","value":"<canonical JSON text>","signature":"<hex>"}],"journal_seq":N}
//   journal  {"seq":N,"entries":[…same entries…]}\n per write
// Versions are decimal strings so u64::MAX (tombstones) stays exact; values are kept as the canonical
// JSON text the signatures cover. A snapshot without `journal_seq` (older gateways) counts as 0.
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
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

/**
 * The state stored in `file` (its snapshot and journal); an empty state when neither exists. Throws
 * StateFileError on anything unreadable.
 */
export function loadStateFile(file: string): SignerState {
  return readStateFiles(file).state;
}

interface LoadedState {
  readonly state: SignerState;
  /** The highest journal sequence number the state includes. */
  readonly seq: number;
}

function readStateFiles(file: string): LoadedState {
  const snapshotText = readOptional(file);
  let entries: KeyedStateEntry[] = [];
  let seq = 0;
  if (snapshotText !== undefined) {
    try {
      ({ entries, seq } = parseStateFile(snapshotText));
    } catch (error) {
      throw new StateFileError(`the signer state file ${file} is not valid: ${(error as Error).message}`);
    }
  }
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const journal = journalOf(file);
  const journalText = readOptional(journal);
  if (journalText === undefined) return { state: SignerState.fromEntries(byKey.values()), seq };
  const lines = journalText.split('\n');
  // Everything after the last newline was never acknowledged (a write cut short): ignored.
  lines.pop();
  lines.forEach((line, index) => {
    let record: { seq: number; entries: KeyedStateEntry[] };
    try {
      record = parseJournalLine(line);
    } catch (error) {
      throw new StateFileError(`the signer state journal ${journal} is not valid at line ${index + 1}: ${(error as Error).message}`);
    }
    if (record.seq <= seq) return; // already in the snapshot
    if (record.seq !== seq + 1) throw new StateFileError(`the signer state journal ${journal} skips from ${seq} to ${record.seq} at line ${index + 1}`);
    for (const entry of record.entries) byKey.set(entry.key, entry);
    seq = record.seq;
  });
  return { state: SignerState.fromEntries(byKey.values()), seq };
}

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`cannot read the signer state file ${file}: ${(error as Error).message}`);
  }
}

export const journalOf = (file: string): string => `${file}.journal`;

export function serializeState(state: SignerState, journalSeq = 0): string {
  const document: { format: string; entries: FileEntry[]; journal_seq?: number } = { format: STATE_FILE_FORMAT, entries: state.entries().map(fileEntry) };
  if (journalSeq > 0) document.journal_seq = journalSeq;
  return JSON.stringify(document) + '\n';
}

const fileEntry = (entry: KeyedStateEntry): FileEntry => ({
  key: entry.key,
  version: versionToWire(entry.version),
  value: entry.value,
  signature: Buffer.from(entry.signature).toString('hex'),
});

function parseStateFile(text: string): { entries: KeyedStateEntry[]; seq: number } {
  const document = JSON.parse(text) as unknown;
  if (!isObject(document) || document.format !== STATE_FILE_FORMAT) throw new Error(`expected format ${STATE_FILE_FORMAT}`);
  const seq = document.journal_seq ?? 0;
  if (!Number.isSafeInteger(seq) || (seq as number) < 0) throw new Error('journal_seq is not a sequence number');
  return { entries: parseEntries(document.entries), seq: seq as number };
}

function parseJournalLine(line: string): { seq: number; entries: KeyedStateEntry[] } {
  const record = JSON.parse(line) as unknown;
  if (!isObject(record) || !Number.isSafeInteger(record.seq) || (record.seq as number) < 1) throw new Error('not a journal record');
  return { seq: record.seq as number, entries: parseEntries(record.entries) };
}

function parseEntries(list: unknown): KeyedStateEntry[] {
  if (!Array.isArray(list)) throw new Error('entries is not a list');
  return list.map((raw: unknown, index: number): KeyedStateEntry => {
    if (!isObject(raw)) throw new Error(`entry ${index} is not an object`);
    const { key, version, value, signature } = raw;
    if (typeof key !== 'string' || typeof version !== 'string' || typeof value !== 'string' || typeof signature !== 'string') {
      throw new Error(`entry ${index} lacks a string key, version, value or signature`);
    }
    if (!/^([0-9a-f]{2})*$/.test(signature)) throw new Error(`entry ${key}: signature is not hex`);
    return { key, version: parseWireVersion(version), value: canonicalizeJson(value), signature: Uint8Array.from(Buffer.from(signature, 'hex')) };
  });
}

/** A journal longer than this is folded into a new snapshot. */
export const JOURNAL_COMPACTION_BYTES = 256 * 1024;

/**
 * The node's signer_state files, written by one HsmStage. `persist` makes the given keys' current
 * entries durable (or, on compaction, the whole state); concurrent calls must not overlap (the
 * stage runs one at a time).
 */
export class StateFileStore {
  readonly state: SignerState;
  private seq: number;
  private journal: FileHandle | undefined;
  private journalBytes = 0;
  /** The next write folds everything into a snapshot: first write, grown journal, or a failed write. */
  private compactNext = true;
  private directoryReady = false;

  constructor(
    readonly file: string,
    private readonly compactionBytes = JOURNAL_COMPACTION_BYTES,
  ) {
    ({ state: this.state, seq: this.seq } = readStateFiles(file));
  }

  /** Makes the current entries of `keys` durable (all of the state when compacting). Throws if it cannot. */
  async persist(keys: Iterable<string>): Promise<void> {
    try {
      if (this.compactNext || this.journalBytes >= this.compactionBytes) await this.compact();
      else await this.append(keys);
    } catch (error) {
      this.compactNext = true;
      throw error;
    }
  }

  /** Folds the journal into the snapshot, so the snapshot alone holds the state; then stops appending. */
  async close(): Promise<void> {
    try {
      if (this.journalBytes > 0) await this.compact();
    } finally {
      await this.journal?.close().catch(() => undefined);
      this.journal = undefined;
    }
  }

  private async append(keys: Iterable<string>): Promise<void> {
    const entries: FileEntry[] = [];
    for (const key of new Set(keys)) {
      const entry = this.state.get(key);
      if (entry) entries.push(fileEntry({ key, ...entry }));
    }
    if (entries.length === 0) return;
    const journal = await this.openJournal();
    const line = JSON.stringify({ seq: this.seq + 1, entries }) + '\n';
    await journal.write(line);
    await journal.datasync();
    this.seq += 1;
    this.journalBytes += Buffer.byteLength(line);
  }

  private async compact(): Promise<void> {
    await this.ensureDirectory();
    await writeFileAtomically(this.file, serializeState(this.state, this.seq));
    // The snapshot includes every journal line (seq ≤ journal_seq): emptying the journal may come
    // later or never (a crash here leaves lines the next load skips).
    const journal = await this.openJournal();
    await journal.truncate(0);
    await journal.datasync();
    this.journalBytes = 0;
    this.compactNext = false;
  }

  private async openJournal(): Promise<FileHandle> {
    if (this.journal) return this.journal;
    await this.ensureDirectory();
    const journal = await open(journalOf(this.file), 'a', 0o600);
    try {
      // A journal created now must keep its directory entry across a crash.
      await syncDirectory(path.dirname(this.file));
    } catch (error) {
      await journal.close().catch(() => undefined);
      throw error;
    }
    this.journal = journal;
    return journal;
  }

  private async ensureDirectory(): Promise<void> {
    if (this.directoryReady) return;
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    this.directoryReady = true;
  }
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
  await syncDirectory(directory);
}

async function syncDirectory(directory: string): Promise<void> {
  const dir = await open(directory, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
