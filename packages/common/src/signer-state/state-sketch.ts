// What a peer is known to hold: key → (version, signature). Greenlight's `StateSketch`. A signer builds
// one from the entries the node sent with a request and answers with only what the node lacks.
import { sameBytes, type KeyedStateEntry } from './state-entry.ts';

export interface SketchEntry {
  readonly version: bigint;
  readonly signature: Uint8Array;
}

export class StateSketch {
  private readonly versions = new Map<string, SketchEntry>();

  static of(entries: Iterable<KeyedStateEntry>): StateSketch {
    return new StateSketch().record(entries);
  }

  /** Notes that the peer now holds these entries (Greenlight's `apply_state`: later ones overwrite). */
  record(entries: Iterable<KeyedStateEntry>): this {
    for (const { key, version, signature } of entries) this.versions.set(key, { version, signature });
    return this;
  }

  get(key: string): SketchEntry | undefined {
    return this.versions.get(key);
  }

  get size(): number {
    return this.versions.size;
  }

  /** True when the peer lacks `entry`: unknown key, older version, or same version with another signature. */
  lacks(entry: KeyedStateEntry): boolean {
    const known = this.versions.get(entry.key);
    if (known === undefined || known.version < entry.version) return true;
    return known.version === entry.version && !sameBytes(known.signature, entry.signature);
  }
}
