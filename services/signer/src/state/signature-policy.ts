// How strictly incoming state signatures are enforced (gl-client's StateSignatureMode):
//   soft (default): an unsigned entry is accepted (and signed before the reply); an invalid one refuses the request
//   hard:           an unsigned entry refuses the request too
//   off:            nothing is checked
// An operator can override refusals (soft or hard only) by passing the ack string below: offending
// entries are then accepted as they are, and each use is reported.
import type { RawStateEntry } from '@greenhouse/common/signer-state';
import { StateSignatureVerifier, verifyEntry } from './state-signatures.ts';

export type StateSignatureMode = 'soft' | 'hard' | 'off';
export const STATE_SIGNATURE_MODES: readonly StateSignatureMode[] = ['soft', 'hard', 'off'];
export const DEFAULT_STATE_SIGNATURE_MODE: StateSignatureMode = 'soft';
export const STATE_SIGNATURE_OVERRIDE_ACK = 'I_ACCEPT_OPERATOR_ASSISTED_STATE_OVERRIDE';

export interface StateSignatureOverride {
  /** Must equal STATE_SIGNATURE_OVERRIDE_ACK. */
  readonly ack: string;
  readonly note?: string;
}

export interface StateSignaturePolicy {
  readonly mode: StateSignatureMode;
  /** Set when the operator override is on; `note` is trimmed, undefined when blank. */
  readonly override: { readonly note: string | undefined } | undefined;
}

/** Validates a mode and optional override as Greenlight's `Signer::new_with_config` does; throws on a bad combination. */
export function stateSignaturePolicy(
  mode: StateSignatureMode = DEFAULT_STATE_SIGNATURE_MODE,
  override?: StateSignatureOverride,
): StateSignaturePolicy {
  if (!STATE_SIGNATURE_MODES.includes(mode)) throw new Error(`unknown state signature mode ${String(mode)}`);
  if (!override) return { mode, override: undefined };
  if (mode === 'off') throw new Error('state signature override is incompatible with state signature mode off');
  if (override.ack !== STATE_SIGNATURE_OVERRIDE_ACK) {
    throw new Error(`invalid state signature override ack, expected ${STATE_SIGNATURE_OVERRIDE_ACK}`);
  }
  const note = override.note?.trim();
  return { mode, override: { note: note ? note : undefined } };
}

export interface SignatureInspection {
  /** Unsigned entries that hard mode objects to. */
  readonly missingKeys: string[];
  /** Entries whose signature does not verify (soft and hard). */
  readonly invalidKeys: string[];
  /** The first problem, as the reason to refuse with: e.g. `invalid state signature for key K: …`. */
  readonly firstProblem: string | undefined;
}

/**
 * Checks every incoming entry's signature over its raw value bytes, in wire order: with the public
 * key itself, or with a verifier for it that remembers the pairs it already found valid.
 */
export function inspectIncomingSignatures(
  entries: readonly RawStateEntry[],
  mode: StateSignatureMode,
  key: Uint8Array | StateSignatureVerifier,
): SignatureInspection {
  const inspection = { missingKeys: [] as string[], invalidKeys: [] as string[], firstProblem: undefined as string | undefined };
  if (mode === 'off') return inspection;
  for (const entry of entries) {
    if (entry.signature.length === 0) {
      if (mode === 'hard') {
        inspection.missingKeys.push(entry.key);
        inspection.firstProblem ??= `missing state signature for key ${entry.key}`;
      }
      continue;
    }
    const check = key instanceof StateSignatureVerifier ? key.check(entry) : verifyEntry(key, entry);
    if (!check.valid) {
      inspection.invalidKeys.push(entry.key);
      inspection.firstProblem ??= `invalid state signature for key ${entry.key}: ${check.reason}`;
    }
  }
  return inspection;
}
