// The signer's side of signer_state (README.md here): state signatures, the soft/hard/off modes with
// the operator override, and the per-request SignerStateSync. The state map itself (merge rules,
// tombstones, versions, sketches, wire form, canonical JSON) is shared with the node gateway and lives
// in `@greenhouse/common/signer-state`.
export { SignerStateSync, type SignerStateSyncOptions, type IncomingState, type AcceptedState, type RefusedState, type OverrideUsage } from './state-sync.ts';
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
