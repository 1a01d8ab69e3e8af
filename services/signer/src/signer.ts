import { greenlightMasterRune, type MasterRune } from '@greenhouse/common/runes';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { HsmdMessage } from '@greenhouse/common/hsmd';
import type { BitcoinNetwork, HsmSecret } from './crypto/index.ts';
import { HsmdRefusal, HsmdRequestHandler, type HsmdClientContext } from './hsmd/request-handler.ts';
import { startupMessages, type StartupMessage } from './hsmd/startup-messages.ts';
import { authorizePendingRequests, type RefusedCall } from './authorization/pending-requests.ts';
import { justifySignature } from './authorization/signing-policy.ts';
import {
  DEFAULT_MAX_FEERATE_SAT_PER_KW,
  DEFAULT_MAX_PAYMENT_MSAT,
  DEFAULT_MAX_ROUTING_FEE_MSAT,
  justifySpending,
  type PolicyFacts,
  type SpendingLimits,
} from './authorization/spending-policy.ts';
import { decidePairingApproval, type PairingDecision } from './authorization/pairing-approval.ts';
import type { ApprovePairingRequest__Output } from '@greenhouse/common/generated/scheduler/ApprovePairingRequest.ts';
import { SignerStateSync, type StateSignatureMode } from './state/index.ts';
import { ChannelStore } from './channels/channel-state.ts';

export const SIGNER_VERSION = 'v26.06';

export interface SignerOptions {
  secret: HsmSecret;
  network: BitcoinNetwork;
  /** Report signatures no authorised call asked for, but sign them anyway (Greenlight's default). */
  permissive?: boolean;
  /** How old a signed client call may be to justify a signature. */
  maxRequestAgeMs?: number;
  /** How strictly signatures on node-relayed signer_state are checked (Greenlight's default: soft). */
  stateSignatureMode?: StateSignatureMode;
  /** How far a pairing approval's timestamp may lie from this signer's clock, either way (default 5 min). */
  pairingApprovalWindowMs?: number;
  /** Highest fee rate of a commitment or closing transaction signed (sat/kw; default 150 000). */
  maxFeerateSatPerKw?: number;
  /** Largest payment approved (msat; default 1 BTC); also the most a payment's outgoing HTLCs may total. */
  maxPaymentMsat?: bigint;
  /** What a payment's outgoing HTLCs may add to its amount for routing fees (msat; default 1 000 000). */
  maxRoutingFeeMsat?: bigint;
}

export interface SignerRejection {
  reason: string;
  request: HsmRequest__Output;
  /** False when permissive mode signed it anyway. */
  refused: boolean;
}

const DEFAULT_MAX_REQUEST_AGE_MS = 5 * 60 * 1000;
const DEFAULT_PAIRING_APPROVAL_WINDOW_MS = 5 * 60 * 1000;
const MAX_CLOCK_SKEW_MS = 60 * 1000;

/**
 * The key holder: answers the node's hsmd requests, each only after checking who asked for it.
 * One instance per seed; safe to share between a node link and the scheduler link.
 */
export class Signer {
  private readonly handler: HsmdRequestHandler;
  private readonly master: MasterRune;
  private readonly rejectionListeners = new Set<(rejection: SignerRejection) => void>();
  /** What this signer must remember, kept in sync through the node with every other signer of it. */
  private readonly stateSync: SignerStateSync;

  constructor(private readonly options: SignerOptions) {
    this.stateSync = new SignerStateSync({ seed: options.secret.first32, ...(options.stateSignatureMode && { mode: options.stateSignatureMode }) });
    // Channel state lives in the relayed signer_state, so every signer of the node shares it.
    this.handler = new HsmdRequestHandler(options.secret, options.network, new ChannelStore(this.stateSync.state));
    // Greenlight derives the rune secret from the 32-byte seed.
    this.master = greenlightMasterRune(options.secret.first32);
  }

  get nodeId(): Buffer {
    return Buffer.from(this.handler.nodeId);
  }

  /** What this signer remembers about channels (kept in the relayed signer_state). */
  get channelStore(): ChannelStore {
    return this.handler.channelStore;
  }

  get runeMaster(): MasterRune {
    return this.master;
  }

  /** Hears of every refused (or, when permissive, every unjustified) request; returns an unsubscribe. */
  onRejection(listener: (rejection: SignerRejection) => void): () => void {
    this.rejectionListeners.add(listener);
    return () => this.rejectionListeners.delete(listener);
  }

  /** `init_msg` and `startupmsgs` for Register and MaybeUpgrade. */
  startupMessages(): { initMsg: Buffer; startupMessages: StartupMessage[] } {
    return startupMessages(new HsmdRequestHandler(this.options.secret, this.options.network));
  }

  /** The registration proof: 64-byte compact signature over sha256d("Lightning Signed Message:" ‖ challenge). */
  signChallenge(challenge: Uint8Array): Buffer {
    return Buffer.from(this.handler.signChallenge(challenge));
  }

  /**
   * A trusted device's approval of a new device, relayed by the scheduler: the new device's rune,
   * or why not. Refusals are not reported here; the caller reports them with the device id.
   */
  approvePairing(request: ApprovePairingRequest__Output, now = Date.now()): PairingDecision {
    return decidePairingApproval(request, {
      nodeId: this.nodeId,
      master: this.master,
      now,
      windowMs: this.options.pairingApprovalWindowMs ?? DEFAULT_PAIRING_APPROVAL_WINDOW_MS,
    });
  }

  /** Answers one staged hsmd request. A refusal becomes an `error` reply, never an exception. */
  process(request: HsmRequest__Output, now = Date.now()): HsmResponse {
    // State first, as upstream: a request whose relayed state fails its signatures is not answered.
    const state = this.stateSync.receive(request.signer_state);
    if (!state.ok) {
      this.reject({ reason: state.reason, request, refused: true });
      return { request_id: request.request_id, raw: Buffer.alloc(0), signer_state: [], error: state.reason };
    }
    let unjustified: string | undefined;
    let refusedCalls: RefusedCall[] = [];
    const justify = (message: HsmdMessage, facts: PolicyFacts) => {
      const { authorized, refused } = authorizePendingRequests(request.requests, {
        master: this.master,
        now,
        maxAgeMs: this.options.maxRequestAgeMs ?? DEFAULT_MAX_REQUEST_AGE_MS,
        maxSkewMs: MAX_CLOCK_SKEW_MS,
      });
      refusedCalls = refused;
      unjustified = justifySignature(message, authorized) ?? justifySpending(message, authorized, facts, this.limits);
      return this.options.permissive ? undefined : unjustified && withRefusedCalls(unjustified, refused);
    };
    try {
      const reply = this.handler.handle(request.raw, clientContext(request), justify, now);
      if (unjustified) this.reject({ reason: withRefusedCalls(unjustified, refusedCalls), request, refused: false });
      return { request_id: request.request_id, raw: reply ?? Buffer.alloc(0), signer_state: state.reply(), error: '' };
    } catch (error) {
      if (!(error instanceof HsmdRefusal)) throw error;
      this.reject({ reason: error.message, request, refused: true });
      // Declined in the message's own terms (lightningd's connection cannot take an error).
      if (error.reply) return { request_id: request.request_id, raw: Buffer.from(error.reply), signer_state: state.reply(), error: '' };
      return { request_id: request.request_id, raw: Buffer.alloc(0), signer_state: [], error: error.message };
    }
  }

  private get limits(): SpendingLimits {
    return {
      maxFeerateSatPerKw: this.options.maxFeerateSatPerKw ?? DEFAULT_MAX_FEERATE_SAT_PER_KW,
      maxPaymentMsat: this.options.maxPaymentMsat ?? DEFAULT_MAX_PAYMENT_MSAT,
      maxRoutingFeeMsat: this.options.maxRoutingFeeMsat ?? DEFAULT_MAX_ROUTING_FEE_MSAT,
    };
  }

  private reject(rejection: SignerRejection): void {
    for (const listener of this.rejectionListeners) listener(rejection);
  }
}

/**
 * The node stamps requests from a subdaemon's own connection with that connection's peer, dbid and
 * permissions; lightningd's own connection carries none (or zero permissions) and is the master.
 */
function clientContext(request: HsmRequest__Output): HsmdClientContext | undefined {
  const context = request.context;
  if (!context || BigInt(context.capabilities) === 0n) return undefined;
  return { peerId: context.node_id, dbid: BigInt(context.dbid), permissions: BigInt(context.capabilities) };
}

function withRefusedCalls(reason: string, refused: RefusedCall[]): string {
  if (refused.length === 0) return reason;
  return `${reason} (refused calls: ${refused.map((r) => `${r.uri}: ${r.reason}`).join('; ')})`;
}
