// The signer's half of signer_state sync, once per HsmRequest (Greenlight's `process_request`):
//   before handling: check the incoming entries' signatures per mode, decode them, merge them, and
//                    join the versions of an entry that both hold something the other lacks;
//   after handling:  sign every unsigned entry, answer with what the node's entries lacked.
// Refusals come back as a reason string for HsmResponse.error, never as an exception.
import { overrideEnabledMessage, overrideUsedMessage } from './override-reports.ts';
import {
  inspectIncomingSignatures,
  stateSignaturePolicy,
  type StateSignatureMode,
  type StateSignatureOverride,
  type StateSignaturePolicy,
} from './signature-policy.ts';
import {
  canonicalJson,
  decodeRawEntries,
  isTombstone,
  readRawEntries,
  SignerState,
  StateDecodeError,
  StateSketch,
  toWireEntries,
  type JsonValue,
  type KeyedStateEntry,
  type MergeResult,
  type WireStateEntry,
  type WireStateEntryLike,
} from '@greenhouse/common/signer-state';
import { signUnsigned, StateSignatureVerifier, stateSigningKey, type StateSigningKey } from './state-signatures.ts';
import { joinStateValues } from '../channels/channel-join.ts';

/**
 * The join of two values of one entry (canonical JSON texts): a value holding everything both hold,
 * or undefined when the entry has no join (then Greenlight's rule alone decides).
 */
export type StateJoin = (key: string, ours: string, theirs: string) => JsonValue | undefined;

export interface SignerStateSyncOptions {
  /** The first 32 bytes of the hsm secret (`HsmSecret.first32`), as Greenlight derives from. */
  seed: Uint8Array;
  /** Default `soft`, as in Greenlight. */
  mode?: StateSignatureMode;
  /** Operator override of signature refusals; throws at construction if invalid or combined with `off`. */
  override?: StateSignatureOverride;
  /** Start from this state instead of an empty one. */
  state?: SignerState;
  /** How versions of an entry are joined; default: the signer's channel records (`joinStateValues`); null: never. */
  join?: StateJoin | null;
}

export interface OverrideUsage {
  readonly missingKeys: string[];
  readonly invalidKeys: string[];
}

export interface RefusedState {
  readonly ok: false;
  /** Why, for HsmResponse.error and the rejection report, e.g. `invalid state signature for key K: …`. */
  readonly reason: string;
}

export interface AcceptedState {
  readonly ok: true;
  readonly merge: MergeResult;
  /**
   * Entries where ours and the node's version each held something the other lacked (or were equal
   * versions of different values): their join was written under a version above both, and goes
   * back signed with the reply.
   */
  readonly joined: string[];
  /** Set when entries were let in only by the operator override; report it (see `overrideUsedMessage`). */
  readonly overrideUsed: OverrideUsage | undefined;
  /**
   * Call once the request has been handled: signs every unsigned entry, then returns the entries the
   * node did not send us at their current version and signature, for HsmResponse.signer_state.
   */
  reply(): WireStateEntry[];
}

export type IncomingState = AcceptedState | RefusedState;

export class SignerStateSync {
  readonly state: SignerState;
  readonly policy: StateSignaturePolicy;
  private readonly signingKey: StateSigningKey;
  /** Signature pairs already found valid (or made here): each relayed entry is verified once. */
  private readonly verifier: StateSignatureVerifier;
  private readonly join: StateJoin | undefined;

  constructor(options: SignerStateSyncOptions) {
    this.policy = stateSignaturePolicy(options.mode, options.override);
    this.signingKey = stateSigningKey(options.seed);
    this.verifier = new StateSignatureVerifier(this.signingKey.publicKey);
    this.state = options.state ?? new SignerState();
    this.join = options.join === null ? undefined : (options.join ?? joinStateValues);
  }

  /** The key sibling signers (same seed) sign state with. */
  get publicKey(): Uint8Array {
    return this.signingKey.publicKey;
  }

  /** Step 1 of every request: verify and merge `request.signer_state`. Nothing is merged when refused. */
  receive(incoming: readonly WireStateEntryLike[]): IncomingState {
    let decoded: KeyedStateEntry[];
    let overrideUsed: OverrideUsage | undefined;
    try {
      const raw = readRawEntries(incoming);
      const inspection = inspectIncomingSignatures(raw, this.policy.mode, this.verifier);
      if (inspection.firstProblem !== undefined) {
        if (!this.policy.override) return { ok: false, reason: inspection.firstProblem };
        overrideUsed = { missingKeys: inspection.missingKeys, invalidKeys: inspection.invalidKeys };
      }
      decoded = decodeRawEntries(raw);
    } catch (error) {
      if (error instanceof StateDecodeError) return { ok: false, reason: `Failed to decode signer state: ${error.message}` };
      throw error;
    }
    // What the node told us it holds; the reply carries everything it lacks.
    const nodeSketch = StateSketch.of(decoded);
    const joins = this.joinsFor(decoded, new Set(overrideUsed?.invalidKeys));
    const merge = this.state.merge(decoded);
    // Written after the merge, so above both versions: the node takes it, and a sibling joins it again.
    for (const { key, value } of joins) this.state.write(key, value);
    return {
      ok: true,
      merge,
      joined: joins.map((j) => j.key),
      overrideUsed,
      reply: () => {
        signUnsigned(this.state, this.signingKey, this.verifier);
        return toWireEntries(this.state.diff(nodeSketch));
      },
    };
  }

  /**
   * The entries whose incoming version and ours must be joined: both live, different values, and
   * neither a later version that already holds all of the other (then Greenlight's rule keeps the
   * right one). Entries let in only by the override with an invalid signature are never joined
   * into a value we would sign.
   */
  private joinsFor(incoming: readonly KeyedStateEntry[], unverified: ReadonlySet<string>): { key: string; value: JsonValue }[] {
    if (!this.join) return [];
    const last = new Map<string, KeyedStateEntry>();
    for (const entry of incoming) last.set(entry.key, entry);
    const joins: { key: string; value: JsonValue }[] = [];
    for (const theirs of last.values()) {
      const ours = this.state.get(theirs.key);
      if (!ours || ours.value === theirs.value || isTombstone(ours) || isTombstone(theirs) || unverified.has(theirs.key)) continue;
      const value = this.join(theirs.key, ours.value, theirs.value);
      if (value === undefined) continue;
      const text = canonicalJson(value);
      if (text === theirs.value && theirs.version > ours.version) continue; // theirs replaces ours
      if (text === ours.value && ours.version > theirs.version) continue; // ours stays and goes back
      joins.push({ key: theirs.key, value });
    }
    return joins;
  }

  /** The report to send once at startup when the override is on (undefined when it is off). */
  overrideEnabledMessage(nodeId: Uint8Array): string | undefined {
    if (!this.policy.override) return undefined;
    return overrideEnabledMessage(this.policy.mode, nodeId, this.policy.override.note);
  }

  /** The report for a request whose state got in only through the override. */
  overrideUsedMessage(requestId: number, usage: OverrideUsage): string {
    return overrideUsedMessage(this.policy.mode, requestId, usage, this.policy.override?.note);
  }
}
