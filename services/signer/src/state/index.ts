// signer_state: Greenlight's node-relayed, versioned, signed key/value state (README.md here).
export { SignerStateSync, type SignerStateSyncOptions, type IncomingState, type AcceptedState, type RefusedState, type OverrideUsage } from './state-sync.ts';
export { SignerState, KeyDeletedError, type MergeResult, type MergeConflict, type AppliedChange } from './signer-state.ts';
export { StateSketch, type SketchEntry } from './state-sketch.ts';
export { decideMerge, type MergeDecision } from './merge-rules.ts';
export { isTombstone, tombstoneEntry, valueBytes, TOMBSTONE_VALUE, type StateEntry, type KeyedStateEntry } from './state-entry.ts';
export { TOMBSTONE_VERSION, MAX_U64, parseWireVersion, versionToWire, nextVersion, type WireU64 } from './versions.ts';
export { canonicalJson, canonicalizeJson, CanonicalJsonError, JsonSyntaxError, type JsonValue, type JsonObject } from './canonical-json.ts';
export {
  stateSigningKey,
  stateSignatureDigest,
  signEntry,
  verifyEntry,
  signUnsigned,
  STATE_SIGNING_INFO,
  STATE_SIGNATURE_LENGTH,
  type StateSigningKey,
  type StateSignatureCheck,
} from './state-signatures.ts';
export {
  stateSignaturePolicy,
  inspectIncomingSignatures,
  STATE_SIGNATURE_OVERRIDE_ACK,
  STATE_SIGNATURE_MODES,
  DEFAULT_STATE_SIGNATURE_MODE,
  type StateSignatureMode,
  type StateSignatureOverride,
  type StateSignaturePolicy,
} from './signature-policy.ts';
export { overrideEnabledMessage, overrideUsedMessage } from './override-reports.ts';
export { readRawEntries, decodeRawEntries, toWireEntries, fromWireEntries, StateDecodeError, type WireStateEntry, type WireStateEntryLike } from './wire-entries.ts';
