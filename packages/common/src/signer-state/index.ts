// signer_state as the node relays it (README.md here): Greenlight's versioned key/value map with its
// merge rules, tombstones, sketches and diffs, the wire form, and canonical JSON. No signing: state
// signatures, the signature modes and the per-request sync live in the signer (services/signer/src/state).
export { SignerState, KeyDeletedError, type MergeResult, type MergeConflict, type AppliedChange } from './signer-state.ts';
export { StateSketch, type SketchEntry } from './state-sketch.ts';
export { decideMerge, type MergeDecision } from './merge-rules.ts';
export {
  isTombstone,
  isSigned,
  sameBytes,
  tombstoneEntry,
  valueBytes,
  NO_SIGNATURE,
  TOMBSTONE_VALUE,
  type StateEntry,
  type KeyedStateEntry,
} from './state-entry.ts';
export {
  TOMBSTONE_VERSION,
  MAX_U64,
  FIRST_VERSION,
  isTombstoneVersion,
  parseWireVersion,
  versionToWire,
  nextVersion,
  type WireU64,
} from './versions.ts';
export { canonicalJson, canonicalizeJson, CanonicalJsonError, JsonSyntaxError, type JsonValue, type JsonObject } from './canonical-json.ts';
export { compareUtf8Order } from './key-order.ts';
export { formatF64LikeSerde } from './serde-float.ts';
export {
  readRawEntries,
  decodeRawEntries,
  toWireEntries,
  fromWireEntries,
  StateDecodeError,
  type RawStateEntry,
  type WireStateEntry,
  type WireStateEntryLike,
} from './wire-entries.ts';
