// The signer_state key/value map (Greenlight's `persist::State`): versioned canonical-JSON values,
// tombstones for deleted keys, Greenlight's merge rules, and diffs against a peer's sketch.
import { canonicalizeJson, canonicalJson, type JsonValue } from './canonical-json.ts';
import { compareUtf8Order } from './key-order.ts';
import { decideMerge } from './merge-rules.ts';
import { isTombstone, NO_SIGNATURE, tombstoneEntry, type KeyedStateEntry, type StateEntry } from './state-entry.ts';
import { StateSketch } from './state-sketch.ts';
import { nextVersion, TOMBSTONE_VERSION } from './versions.ts';

export interface AppliedChange {
  readonly key: string;
  readonly kind: 'inserted' | 'updated' | 'tombstoned' | 'signature';
  /** Our version before the change; undefined for a new key. */
  readonly previousVersion: bigint | undefined;
  readonly version: bigint;
}

export interface MergeConflict {
  readonly key: string;
  /** `local-tombstone`: a live value for a key we deleted; `stale-version`: older than ours. */
  readonly reason: 'local-tombstone' | 'stale-version';
  readonly localVersion: bigint;
  readonly incomingVersion: bigint;
}

export interface MergeResult {
  readonly applied: AppliedChange[];
  /** Greenlight's `conflict_count` is `conflicts.length`. */
  readonly conflicts: MergeConflict[];
  /** Same version as ours with a different value: ignored. Greenlight does not count these as conflicts. */
  readonly divergent: string[];
}

export class KeyDeletedError extends Error {
  constructor(readonly key: string) {
    super(`key ${key} has been deleted`);
  }
}

export class SignerState {
  private readonly values = new Map<string, StateEntry>();

  /** A state holding exactly these entries (no merge rules; the last entry for a key wins). */
  static fromEntries(entries: Iterable<KeyedStateEntry>): SignerState {
    const state = new SignerState();
    for (const { key, version, value, signature } of entries) state.values.set(key, { version, value, signature });
    return state;
  }

  get size(): number {
    return this.values.size;
  }

  get(key: string): StateEntry | undefined {
    return this.values.get(key);
  }

  isTombstone(key: string): boolean {
    const entry = this.values.get(key);
    return entry !== undefined && isTombstone(entry);
  }

  /** Keys in Rust's BTreeMap order (UTF-8 bytes). */
  keys(): string[] {
    return [...this.values.keys()].sort(compareUtf8Order);
  }

  /** Every entry, tombstones included, in key order: what goes on the wire. */
  entries(): KeyedStateEntry[] {
    return this.keys().map((key) => ({ key, ...this.values.get(key)! }));
  }

  /**
   * Stores `value` as canonical JSON under the next version (0 for a new key), unsigned.
   * Throws KeyDeletedError for a tombstoned key (Greenlight's `ensure_not_tombstone`).
   */
  write(key: string, value: JsonValue): StateEntry {
    return this.store(key, canonicalJson(value));
  }

  /** Like `write`, for a value that is already JSON text or bytes (canonicalized as the node would). */
  writeJsonText(key: string, json: string | Uint8Array): StateEntry {
    return this.store(key, canonicalizeJson(json));
  }

  /** Deletes `key` by storing an unsigned tombstone (version u64::MAX, value null), known key or not. */
  remove(key: string): StateEntry {
    const tombstone = tombstoneEntry();
    this.values.set(key, tombstone);
    return tombstone;
  }

  /** Sets the signature of the entry under `key` as it is (the caller signed exactly this version and value). */
  setSignature(key: string, signature: Uint8Array): void {
    const entry = this.values.get(key);
    if (!entry) throw new Error(`no state entry ${key}`);
    this.values.set(key, { ...entry, signature });
  }

  /**
   * Merges a peer's entries with Greenlight's rules (see merge-rules.ts). When `incoming` names a key
   * twice the last one counts, as it does once Greenlight has collected the entries into a BTreeMap.
   */
  merge(incoming: Iterable<KeyedStateEntry>): MergeResult {
    const byKey = new Map<string, KeyedStateEntry>();
    for (const entry of incoming) byKey.set(entry.key, entry);
    const result: MergeResult = { applied: [], conflicts: [], divergent: [] };
    for (const key of [...byKey.keys()].sort(compareUtf8Order)) {
      const { version, value, signature } = byKey.get(key)!;
      const local = this.values.get(key);
      const decision = decideMerge(local, { version, value, signature });
      const previousVersion = local?.version;
      switch (decision.action) {
        case 'insert':
        case 'tombstone':
        case 'replace':
          this.values.set(key, decision.entry);
          result.applied.push({
            key,
            kind: decision.action === 'insert' ? 'inserted' : decision.action === 'tombstone' ? 'tombstoned' : 'updated',
            previousVersion,
            version,
          });
          break;
        case 'update-signature':
          this.values.set(key, { ...local!, signature: decision.signature });
          result.applied.push({ key, kind: 'signature', previousVersion, version });
          break;
        case 'keep':
          if (decision.divergentValue) result.divergent.push(key);
          break;
        case 'conflict':
          result.conflicts.push({ key, reason: decision.reason, localVersion: local!.version, incomingVersion: version });
          break;
      }
    }
    return result;
  }

  /** What a peer holding exactly this state knows. */
  sketch(): StateSketch {
    return StateSketch.of(this.entries());
  }

  /** Entries the peer described by `sketch` lacks (newer, unknown, or re-signed), in key order. */
  diff(sketch: StateSketch): KeyedStateEntry[] {
    return this.entries().filter((entry) => sketch.lacks(entry));
  }

  private store(key: string, canonicalValue: string): StateEntry {
    const current = this.values.get(key);
    if (current && isTombstone(current)) throw new KeyDeletedError(key);
    const version = nextVersion(current?.version);
    // Greenlight would saturate into the tombstone version with a live value; refuse instead.
    if (version === TOMBSTONE_VERSION) throw new RangeError(`key ${key} has used up its versions`);
    const entry: StateEntry = { version, value: canonicalValue, signature: NO_SIGNATURE };
    this.values.set(key, entry);
    return entry;
  }
}
