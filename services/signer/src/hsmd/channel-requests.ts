// The hsmd requests of a channel's life (cln-hsmd.md §4 (e)–(h), §6.7, §6.8): open, commitments,
// revocations, closes, on-chain sweeps and wallet spends. Replies are exactly stock lightning_hsmd's
// (hsmd/libhsmd.c v26.06.6); what the signer must remember between requests lives in ChannelStore,
// and each message has one place (`policy…` below) where its checks go. Today's checks: never sign
// a commitment of ours that was revoked, never revoke one whose successor was not validated, and
// peers' revocation secrets must match the points we signed for and derive from one seed. Each
// commitment signed or validated is summarized (its HTLCs, the peer's claim) for the payment and
// mutual close rules (channels/commitment-summary.ts).
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { encodeHsmd, type BitcoinTx, type HsmdMessage, type HsmdMessageOf, type HsmUtxo } from '@greenhouse/common/hsmd';
import {
  ChannelTransaction,
  fundingWitnessScript,
  SIGHASH_ALL,
  SIGHASH_SINGLE_ANYONECANPAY,
  anchorWitnessScript,
  toRemoteAnchoredWitnessScript,
  hash160,
  keypathIndexes,
  p2wshScript,
  TX_OPTIONS,
  type TxSignature,
} from '../crypto/bitcoin-tx.ts';
import { p2sh, p2tr, p2wpkh, Transaction } from '@scure/btc-signer';
import type { OutputFact, PaymentFacts, PolicyFacts } from '../authorization/spending-policy.ts';
import type { BitcoinNetwork } from '../crypto/index.ts';
import { HsmdRefusal } from './refusal.ts';
import { PsbtSigner, type InputKey } from '../crypto/psbt-signing.ts';
import { constantTimeEqual, verifyHash, type HsmKeys } from '../crypto/index.ts';
import type { ChannelKeys } from '../crypto/channel-keys.ts';
import { ChannelStore, type ChannelRecord, type ChannelSetupJson, type CommitmentSummaryJson } from '../channels/channel-state.ts';
import { committedHtlcs, htlcJson, newOutgoingHtlcs, summarizeCommitment, totalFor } from '../channels/commitment-summary.ts';
import { PaymentApprovals } from '../channels/payment-approvals.ts';
import { deriveSimplePublicKey } from '../crypto/commitment-keys.ts';


/** The channel a request is about: from the client connection, or named in a master request. */
export interface ChannelRef {
  peerId: Uint8Array;
  dbid: bigint;
}

type Msg<N extends Parameters<typeof encodeHsmd>[0]['kind']> = HsmdMessageOf<N>;

/** The channel messages, by kind. Each takes the request and the channel it concerns. */
export const CHANNEL_MESSAGE_KINDS = [
  'hsmd_new_channel',
  'hsmd_get_channel_basepoints',
  'hsmd_setup_channel',
  'hsmd_get_per_commitment_point',
  'hsmd_check_future_secret',
  'hsmd_validate_commitment_tx',
  'hsmd_revoke_commitment_tx',
  'hsmd_validate_revocation',
  'hsmd_sign_remote_commitment_tx',
  'hsmd_sign_remote_htlc_tx',
  'hsmd_sign_commitment_tx',
  'hsmd_sign_mutual_close_tx',
  'hsmd_sign_splice_tx',
  'hsmd_check_outpoint',
  'hsmd_lock_outpoint',
  'hsmd_forget_channel',
  'hsmd_sign_penalty_to_us',
  'hsmd_sign_any_penalty_to_us',
  'hsmd_sign_delayed_payment_to_us',
  'hsmd_sign_any_delayed_payment_to_us',
  'hsmd_sign_remote_htlc_to_us',
  'hsmd_sign_any_remote_htlc_to_us',
  'hsmd_sign_any_local_htlc_tx',
  'hsmd_sign_withdrawal',
  'hsmd_sign_anchorspend',
  'hsmd_sign_htlc_tx_mingle',
  'hsmd_get_output_scriptpubkey',
  'hsmd_sign_any_cannouncement_req',
  'hsmd_cannouncement_sig_req',
] as const;

export type ChannelMessageKind = (typeof CHANNEL_MESSAGE_KINDS)[number];
export type ChannelMessage = Extract<HsmdMessage, { kind: ChannelMessageKind }>;

export function isChannelMessage(message: { kind: string }): message is ChannelMessage {
  return (CHANNEL_MESSAGE_KINDS as readonly string[]).includes(message.kind);
}

type CommitmentMessage = Msg<'hsmd_sign_remote_commitment_tx'> | Msg<'hsmd_validate_commitment_tx'>;

export class ChannelRequests {
  /** Payments the signer approved, in the same relayed state as the channels. */
  readonly approvals: PaymentApprovals;
  /** A commitment's summary, computed once for the rules and the state (same decoded message). */
  private readonly summaries = new WeakMap<CommitmentMessage, CommitmentSummaryJson>();

  constructor(
    private readonly keys: () => HsmKeys,
    readonly store: ChannelStore,
    private readonly wireVersion: () => number,
  ) {
    this.approvals = new PaymentApprovals(store.state);
  }

  /** The reply to a channel message; `client` is the connection's channel (undefined on the master). */
  answer(message: ChannelMessage, client: ChannelRef | undefined): Uint8Array {
    const from = (): ChannelRef => {
      if (!client) throw new HsmdRefusal(`${message.kind} must come from a channel's own hsmd connection`);
      return client;
    };
    switch (message.kind) {
      case 'hsmd_new_channel':
        return this.newChannel({ peerId: message.id, dbid: message.dbid });
      case 'hsmd_get_channel_basepoints': {
        const keys = this.channelKeys({ peerId: message.peerid, dbid: message.dbid });
        const { revocation, payment, htlc, delayedPayment } = keys.basepoints;
        return encodeHsmd({
          kind: 'hsmd_get_channel_basepoints_reply',
          basepoints: { revocation, payment, htlc, delayed_payment: delayedPayment },
          funding_pubkey: keys.fundingPublicKey,
        });
      }
      case 'hsmd_setup_channel':
        return this.setupChannel(message, from());
      case 'hsmd_get_per_commitment_point':
        return this.perCommitmentPoint(message.n, from());
      case 'hsmd_check_future_secret': {
        const secret = this.channelKeys(from()).perCommitmentSecret(this.commitmentNumber(message.n));
        return encodeHsmd({ kind: 'hsmd_check_future_secret_reply', correct: constantTimeEqual(secret, message.commitment_secret) });
      }
      case 'hsmd_validate_commitment_tx':
        return this.validateCommitment(message, from());
      case 'hsmd_revoke_commitment_tx':
        return this.revokeCommitment(message.commit_num, from());
      case 'hsmd_validate_revocation':
        return this.validateRevocation(message, from());
      case 'hsmd_sign_remote_commitment_tx':
        return this.signRemoteCommitment(message, from());
      case 'hsmd_sign_remote_htlc_tx': {
        const keys = this.channelKeys(from());
        const tx = parseTx(message.tx);
        const key = keys.htlcPrivateKey(message.remote_per_commit_point);
        return txReply(tx.sign(key, 0, message.wscript, htlcSighash(message.option_anchor_outputs)));
      }
      case 'hsmd_sign_commitment_tx':
        return this.signOwnCommitment(message);
      case 'hsmd_sign_mutual_close_tx': {
        const channel = from();
        const tx = parseTx(message.tx);
        this.policyMutualClose(channel, tx);
        return txReply(this.signFunding(channel, tx, 0, message.remote_funding_key));
      }
      case 'hsmd_sign_splice_tx': {
        const tx = parseTx(message.tx);
        return txReply(this.signFunding(from(), tx, message.input_index, message.remote_funding_key));
      }
      case 'hsmd_check_outpoint':
        // Stock hsmd always answers buried; a validating signer would watch the chain first.
        return encodeHsmd({ kind: 'hsmd_check_outpoint_reply', is_buried: true });
      case 'hsmd_lock_outpoint': {
        const record = this.store.channel(from().peerId, from().dbid);
        record.lockOutpoint(message.funding_txid, message.funding_txout);
        record.save();
        return encodeHsmd({ kind: 'hsmd_lock_outpoint_reply' });
      }
      case 'hsmd_forget_channel':
        this.keys().forgetChannel(message.id, message.dbid);
        this.store.forget(message.id, message.dbid);
        return encodeHsmd({ kind: 'hsmd_forget_channel_reply' });
      case 'hsmd_sign_penalty_to_us':
        return this.signPenalty(from(), message.revocation_secret, message.tx, message.wscript, 0);
      case 'hsmd_sign_any_penalty_to_us':
        return this.signPenalty({ peerId: message.peerid, dbid: message.channel_dbid }, message.revocation_secret, message.tx, message.wscript, message.input);
      case 'hsmd_sign_delayed_payment_to_us':
        return this.signDelayedPayment(from(), message.commit_num, message.tx, message.wscript, 0);
      case 'hsmd_sign_any_delayed_payment_to_us':
        return this.signDelayedPayment({ peerId: message.peerid, dbid: message.channel_dbid }, message.commit_num, message.tx, message.wscript, message.input);
      case 'hsmd_sign_remote_htlc_to_us':
        return this.signRemoteHtlcToUs(from(), message.remote_per_commitment_point, message.tx, message.wscript, message.option_anchor_outputs, 0);
      case 'hsmd_sign_any_remote_htlc_to_us':
        return this.signRemoteHtlcToUs(
          { peerId: message.peerid, dbid: message.channel_dbid },
          message.remote_per_commitment_point,
          message.tx,
          message.wscript,
          message.option_anchor_outputs,
          message.input,
        );
      case 'hsmd_sign_any_local_htlc_tx':
        return this.signLocalHtlc(message);
      case 'hsmd_sign_withdrawal':
        return encodeHsmd({ kind: 'hsmd_sign_withdrawal_reply', psbt: this.signOurInputs(message.inputs, message.psbt).toBytes() });
      case 'hsmd_sign_anchorspend': {
        const signer = this.signOurInputs(message.inputs, message.psbt);
        // Then the anchor: every input naming our funding key (lightningd adds that keypath).
        signer.signWithKey(this.channelKeys({ peerId: message.peerid, dbid: message.channel_dbid }).fundingPrivateKey);
        return encodeHsmd({ kind: 'hsmd_sign_anchorspend_reply', psbt: signer.toBytes() });
      }
      case 'hsmd_sign_htlc_tx_mingle':
        // The HTLC input was signed by sign_any_local_htlc_tx (SINGLE|ANYONECANPAY); only wallet inputs here.
        return encodeHsmd({ kind: 'hsmd_sign_htlc_tx_mingle_reply', psbt: this.signOurInputs(message.inputs, message.psbt).toBytes() });
      case 'hsmd_get_output_scriptpubkey': {
        const key = this.channelKeys({ peerId: message.peer_id, dbid: message.channel_id }).toRemotePrivateKey(message.commitment_point);
        const script = Uint8Array.from([0x00, 0x14, ...hash160(secp256k1.getPublicKey(key, true))]);
        return encodeHsmd({ kind: 'hsmd_get_output_scriptpubkey_reply', script });
      }
      case 'hsmd_cannouncement_sig_req': {
        const { peerId, dbid } = from();
        const { nodeSignature, bitcoinSignature } = this.keys().signChannelAnnouncement(peerId, dbid, message.ca);
        return encodeHsmd({ kind: 'hsmd_cannouncement_sig_reply', node_signature: nodeSignature, bitcoin_signature: bitcoinSignature });
      }
      case 'hsmd_sign_any_cannouncement_req': {
        const { nodeSignature, bitcoinSignature } = this.keys().signChannelAnnouncement(message.peerid, message.channel_dbid, message.ca);
        return encodeHsmd({ kind: 'hsmd_sign_any_cannouncement_reply', node_signature: nodeSignature, bitcoin_signature: bitcoinSignature });
      }
    }
  }

  /**
   * What the validation rules (authorization/spending-policy.ts) need to know about a request that
   * only the keys and channel state can tell: which outputs pay our wallet or fund our channel, the
   * fee rate, the channel. Nothing here refuses; a request that does not parse is refused later.
   */
  policyFacts(message: HsmdMessage, client: ChannelRef | undefined, network: BitcoinNetwork, nowMs: number): PolicyFacts {
    const facts: PolicyFacts = { network, ...(client && { channel: client }) };
    try {
      switch (message.kind) {
        case 'hsmd_sign_withdrawal': {
          const psbt = Transaction.fromPSBT(message.psbt, TX_OPTIONS);
          facts.txid = psbt.id;
          facts.outputs = [];
          for (let i = 0; i < psbt.outputsLength; i++) {
            const output = psbt.getOutput(i);
            const script = output.script ?? new Uint8Array();
            const fact: OutputFact = { index: i, script, amountSat: output.amount ?? 0n, kind: 'unknown' };
            if (this.isWalletScript(script, keypathIndexes(output))) fact.kind = 'wallet';
            else {
              const peer = this.fundingPeer(psbt.id, i, script);
              if (peer) Object.assign(fact, { kind: 'funding', fundingPeer: peer });
            }
            facts.outputs.push(fact);
          }
          break;
        }
        case 'hsmd_sign_mutual_close_tx': {
          const tx = new ChannelTransaction(message.tx);
          facts.feerateSatPerKw = tx.fundingSpendFeerate();
          const setup = client && this.store.has(client.peerId, client.dbid) ? this.store.channel(client.peerId, client.dbid).setup : null;
          const theirs = setup?.remote_shutdown_script ? Buffer.from(setup.remote_shutdown_script, 'hex') : undefined;
          const ourIndex = setup?.local_shutdown_wallet_index;
          facts.outputs = [];
          for (let i = 0; i < tx.outputCount; i++) {
            const output = tx.tx.getOutput(i);
            const script = output.script ?? new Uint8Array();
            const indexes = [...tx.outputKeypathIndexes(i), ...(ourIndex !== null && ourIndex !== undefined ? [ourIndex] : [])];
            const kind = this.isWalletScript(script, indexes) ? 'wallet' : theirs?.length && theirs.equals(script) ? 'peer' : 'unknown';
            facts.outputs.push({ index: i, script, amountSat: output.amount ?? 0n, kind });
          }
          facts.peerClaim = client && this.store.has(client.peerId, client.dbid) ? peerClaim(this.store.channel(client.peerId, client.dbid)) : undefined;
          break;
        }
        case 'hsmd_sign_remote_commitment_tx':
          facts.feerateSatPerKw = new ChannelTransaction(message.tx).fundingSpendFeerate();
          if (client) Object.assign(facts, this.htlcFacts(message, client, nowMs));
          break;
        case 'hsmd_validate_commitment_tx':
          if (client) Object.assign(facts, this.htlcFacts(message, client, nowMs));
          break;
        default:
          break;
      }
    } catch {
      // Left to the message's own handling, which refuses what does not parse.
    }
    return facts;
  }

  /**
   * The HTLCs we offer on this commitment that the channel had not committed, and for each of their
   * payment hashes the totals over every channel (this commitment's HTLCs in place of what its
   * channel had) and the signer's approval.
   */
  private htlcFacts(message: CommitmentMessage, channel: ChannelRef, nowMs: number): Pick<PolicyFacts, 'newOutgoingHtlcs' | 'payments'> {
    const htlcs = message.htlcs.map(htlcJson);
    const record = this.store.channel(channel.peerId, channel.dbid);
    const fresh = newOutgoingHtlcs(record, htlcs);
    if (fresh.length === 0) return { newOutgoingHtlcs: [] };
    const thisKey = ChannelStore.keyOf(channel.peerId, channel.dbid);
    const committed = this.store
      .records()
      .filter((r) => r.key !== thisKey)
      .flatMap((r) => committedHtlcs(r.latestLocal?.htlcs, r.latestRemote?.htlcs));
    committed.push(...committedHtlcs(record.latestLocal?.htlcs, record.latestRemote?.htlcs, htlcs));
    const payments = new Map<string, PaymentFacts>();
    for (const hash of new Set(fresh.map((h) => h.payment_hash))) {
      const approval = this.approvals.find(hash, nowMs);
      payments.set(hash, { outgoingMsat: totalFor(committed, hash, true), incomingMsat: totalFor(committed, hash, false), ...(approval && { approval }) });
    }
    return { newOutgoingHtlcs: fresh, payments };
  }

  /** Its HTLCs, our main output and the peer's claim (computed once per message). */
  private commitmentSummary(message: CommitmentMessage, channel: ChannelRef, tx: ChannelTransaction): CommitmentSummaryJson {
    const cached = this.summaries.get(message);
    if (cached) return cached;
    const keys = this.channelKeys(channel);
    const setup = this.store.has(channel.peerId, channel.dbid) ? this.store.channel(channel.peerId, channel.dbid).setup : null;
    const remoteFunding = setup ? hexToBytes(setup.remote_funding_pubkey) : message.kind === 'hsmd_sign_remote_commitment_tx' ? message.remote_funding_key : undefined;
    const anchorScripts = [keys.fundingPublicKey, ...(remoteFunding ? [remoteFunding] : [])].map((key) => p2wshScript(anchorWitnessScript(key)));
    // The to_remote of either commitment pays a payment basepoint itself (static_remotekey, anchors)
    // or a key derived from the commitment's point, to P2WPKH or, with anchors, a 1-block CSV P2WSH.
    const toRemoteScripts = (basepoint: Uint8Array, derived: () => Uint8Array, isStatic: boolean) =>
      [...(isStatic ? [basepoint] : [basepoint, derived()])].flatMap((key) => [p2wpkh(key).script, p2wshScript(toRemoteAnchoredWitnessScript(key, 1))]);
    let main: { owner: 'us' | 'peer'; scripts: Uint8Array[] };
    if (message.kind === 'hsmd_sign_remote_commitment_tx') {
      // Ours on their commitment.
      const payment = keys.basepoints.payment;
      main = { owner: 'us', scripts: toRemoteScripts(payment, () => deriveSimplePublicKey(payment, message.remote_per_commit), message.option_static_remotekey) };
    } else if (setup) {
      // The peer's on ours: our own to_local would need two derived keys per commitment.
      const payment = hexToBytes(setup.remote_basepoints.payment);
      const point = () => keys.perCommitmentPoint(this.commitmentNumber(message.commit_num));
      main = { owner: 'peer', scripts: toRemoteScripts(payment, () => deriveSimplePublicKey(payment, point()), hasStaticRemotekey(setup.channel_type)) };
    } else {
      main = { owner: 'us', scripts: [] };
    }
    const outputs = [];
    for (let i = 0; i < tx.outputCount; i++) {
      const output = tx.tx.getOutput(i);
      outputs.push({ script: output.script ?? new Uint8Array(), amountSat: output.amount ?? 0n });
    }
    const summary = summarizeCommitment({
      commitment: Number(message.commit_num),
      outputs,
      htlcs: message.htlcs,
      main,
      anchorScripts,
      opening: setup ? { weOpened: setup.is_outbound, channelValueSat: BigInt(setup.channel_value_sat) } : undefined,
    });
    this.summaries.set(message, summary);
    return summary;
  }

  /** True when `script` is one of our wallet's (P2WPKH, P2SH-P2WPKH or P2TR) at one of these indexes. */
  private isWalletScript(script: Uint8Array, indexes: number[]): boolean {
    const wallet = this.keys().wallet;
    for (const index of indexes) {
      if (!Number.isInteger(index) || index < 0 || index >= 0x80000000) continue;
      const keys = [wallet.legacyKey(index).publicKey, ...(wallet.bip86Base ? [wallet.bip86Key(index).publicKey] : [])];
      for (const publicKey of keys) {
        const candidates = [p2wpkh(publicKey).script, p2sh(p2wpkh(publicKey)).script, p2tr(publicKey.subarray(1)).script];
        if (candidates.some((candidate) => constantTimeEqual(candidate, script))) return true;
      }
    }
    return false;
  }

  /** The peer of a channel we open whose funding output (checked against both funding keys) this is. */
  private fundingPeer(txid: string, vout: number, script: Uint8Array): Uint8Array | undefined {
    const wireTxid = Buffer.from(txid, 'hex').reverse().toString('hex');
    for (const record of this.store.records()) {
      const setup = record.setup;
      if (!setup?.is_outbound || setup.funding_txid !== wireTxid || setup.funding_txout !== vout) continue;
      const keys = this.channelKeys({ peerId: record.peerId, dbid: record.dbid });
      const expected = p2wshScript(fundingWitnessScript(keys.fundingPublicKey, Buffer.from(setup.remote_funding_pubkey, 'hex')));
      if (constantTimeEqual(expected, script)) return record.peerId;
    }
    return undefined;
  }

  private channelKeys(channel: ChannelRef): ChannelKeys {
    return this.keys().channelKeys(channel.peerId, channel.dbid);
  }

  private commitmentNumber(n: bigint): number {
    // per_commit_point/secret refuse n ≥ 2^48 ("bad per_commit_point").
    if (n >= 1n << 48n) throw new HsmdRefusal(`commitment number ${n} is out of range (at most 2^48-1)`);
    return Number(n);
  }

  private newChannel(channel: ChannelRef): Uint8Array {
    if (!this.store.has(channel.peerId, channel.dbid)) {
      const record = this.store.channel(channel.peerId, channel.dbid);
      record.startCommitmentHistory();
      record.save();
    }
    return encodeHsmd({ kind: 'hsmd_new_channel_reply' });
  }

  private setupChannel(message: Msg<'hsmd_setup_channel'>, channel: ChannelRef): Uint8Array {
    const record = this.store.channel(channel.peerId, channel.dbid);
    record.setup = setupJson(message);
    record.startCommitmentHistory();
    record.save();
    return encodeHsmd({ kind: 'hsmd_setup_channel_reply' });
  }

  private perCommitmentPoint(nBig: bigint, channel: ChannelRef): Uint8Array {
    const n = this.commitmentNumber(nBig);
    const keys = this.channelKeys(channel);
    // Before wire version 6 the reply also released the secret of commitment n-2.
    const old = this.wireVersion() < 6 && n >= 2 ? keys.perCommitmentSecret(n - 2) : undefined;
    return encodeHsmd({
      kind: 'hsmd_get_per_commitment_point_reply',
      per_commitment_point: keys.perCommitmentPoint(n),
      ...(old && { old_commitment_secret: old }),
    });
  }

  /** The peer's signatures on our next commitment: answers that commitment's successor's point. */
  private validateCommitment(message: Msg<'hsmd_validate_commitment_tx'>, channel: ChannelRef): Uint8Array {
    const n = this.commitmentNumber(message.commit_num);
    const record = this.store.channel(channel.peerId, channel.dbid);
    if (n <= record.revokedLocal) {
      throw new HsmdRefusal(`commitment ${n} of channel ${describe(channel)} was already revoked (revoked through ${record.revokedLocal})`);
    }
    const keys = this.channelKeys(channel);
    const tx = parseTx(message.tx);
    this.policyCounterSignature(record, keys, tx, message.sig);
    record.validatedLocal = n;
    record.setLatest('local', this.commitmentSummary(message, channel, tx));
    record.save();
    return encodeHsmd({ kind: 'hsmd_validate_commitment_tx_reply', next_per_commitment_point: keys.perCommitmentPoint(n + 1) });
  }

  /** When the channel's setup is known, the peer's signature must be valid for the funding output. */
  private policyCounterSignature(record: ChannelRecord, keys: ChannelKeys, tx: ChannelTransaction, sig: TxSignature): void {
    const setup = record.setup;
    if (!setup || tx.inputCount !== 1) return;
    const remoteFunding = Buffer.from(setup.remote_funding_pubkey, 'hex');
    const script = fundingWitnessScript(keys.fundingPublicKey, remoteFunding);
    let valid: boolean;
    try {
      valid = verifyHash(sig.signature, tx.sighash(0, script, sig.sighash_type), remoteFunding);
    } catch {
      valid = false;
    }
    if (!valid) throw new HsmdRefusal("the peer's signature on our commitment does not verify against its funding key");
  }

  private revokeCommitment(nBig: bigint, channel: ChannelRef): Uint8Array {
    const n = this.commitmentNumber(nBig);
    const record = this.store.channel(channel.peerId, channel.dbid);
    if (record.validatedLocal >= 0 && record.validatedLocal < n + 1) {
      throw new HsmdRefusal(
        `refusing to revoke commitment ${n} of channel ${describe(channel)}: its successor ${n + 1} was not validated (latest validated: ${record.validatedLocal})`,
      );
    }
    const keys = this.channelKeys(channel);
    const secret = keys.perCommitmentSecret(n);
    const next = keys.perCommitmentPoint(this.commitmentNumber(nBig + 2n));
    record.revokedLocal = n;
    record.save();
    return encodeHsmd({ kind: 'hsmd_revoke_commitment_tx_reply', old_commitment_secret: secret, next_per_commitment_point: next });
  }

  /** Their revoke_and_ack: the secret must match the point we signed their commitment for, and their chain. */
  private validateRevocation(message: Msg<'hsmd_validate_revocation'>, channel: ChannelRef): Uint8Array {
    const n = this.commitmentNumber(message.revoke_num);
    const record = this.store.channel(channel.peerId, channel.dbid);
    let point: Uint8Array;
    try {
      point = secp256k1.getPublicKey(message.per_commitment_secret, true);
    } catch {
      throw new HsmdRefusal(`the revocation secret for commitment ${n} is not a valid secret key`);
    }
    const expected = record.remotePoint(n);
    if (expected && !constantTimeEqual(expected, point)) {
      throw new HsmdRefusal(`the revocation secret for commitment ${n} does not match the per-commitment point we signed that commitment for`);
    }
    const secrets = record.remoteSecrets;
    const problem = secrets.add(n, message.per_commitment_secret);
    if (problem) throw new HsmdRefusal(`invalid revocation of channel ${describe(channel)}: ${problem}`);
    record.remoteSecrets = secrets;
    record.dropRemotePointsThrough(n);
    record.save();
    return encodeHsmd({ kind: 'hsmd_validate_revocation_reply' });
  }

  private signRemoteCommitment(message: Msg<'hsmd_sign_remote_commitment_tx'>, channel: ChannelRef): Uint8Array {
    const tx = parseTx(message.tx);
    if (tx.inputCount !== 1) throw new HsmdRefusal('tx must have 1 input');
    if (tx.outputCount === 0) throw new HsmdRefusal('tx must have > 0 outputs');
    const n = this.commitmentNumber(message.commit_num);
    const record = this.store.channel(channel.peerId, channel.dbid);
    const signature = this.signFunding(channel, tx, 0, message.remote_funding_key);
    record.setRemotePoint(n, message.remote_per_commit);
    record.setLatest('remote', this.commitmentSummary(message, channel, tx));
    record.save();
    return txReply(signature);
  }

  /** Our own latest commitment, for a unilateral close: never one we revoked. */
  private signOwnCommitment(message: Msg<'hsmd_sign_commitment_tx'>): Uint8Array {
    const channel = { peerId: message.peer_id, dbid: message.channel_dbid };
    const tx = parseTx(message.tx);
    if (tx.inputCount !== 1) throw new HsmdRefusal('tx must have 1 input');
    if (tx.outputCount === 0) throw new HsmdRefusal('tx must have > 0 outputs');
    const n = this.commitmentNumber(message.commit_num);
    const record = this.store.channel(channel.peerId, channel.dbid);
    if (n <= record.revokedLocal) {
      throw new HsmdRefusal(
        `refusing to sign commitment ${n} of channel ${describe(channel)}: it was revoked (revoked through ${record.revokedLocal}), broadcasting it would forfeit the channel`,
      );
    }
    return encodeHsmd({ kind: 'hsmd_sign_commitment_tx_reply', sig: this.signFunding(channel, tx, 0, message.remote_funding_key) });
  }

  /** Where close_to / destination checks go (issue 7 scope 2). */
  private policyMutualClose(_channel: ChannelRef, _tx: ChannelTransaction): void {}

  private signFunding(channel: ChannelRef, tx: ChannelTransaction, input: number, remoteFundingKey: Uint8Array): TxSignature {
    const keys = this.channelKeys(channel);
    const script = fundingWitnessScript(keys.fundingPublicKey, remoteFundingKey);
    if (input >= tx.inputCount) throw new HsmdRefusal(`bad input ${input} of ${tx.inputCount}`);
    return tx.sign(keys.fundingPrivateKey, input, script, SIGHASH_ALL);
  }

  private signPenalty(channel: ChannelRef, revocationSecret: Uint8Array, wire: BitcoinTx, wscript: Uint8Array, input: number): Uint8Array {
    let key: Uint8Array;
    try {
      key = this.channelKeys(channel).revocationPrivateKey(revocationSecret);
    } catch {
      throw new HsmdRefusal('Failed deriving revocation privkey');
    }
    return this.signToUs(wire, input, key, wscript, SIGHASH_ALL);
  }

  private signDelayedPayment(channel: ChannelRef, commitNum: bigint, wire: BitcoinTx, wscript: Uint8Array, input: number): Uint8Array {
    const keys = this.channelKeys(channel);
    const point = keys.perCommitmentPoint(this.commitmentNumber(commitNum));
    return this.signToUs(wire, input, keys.delayedPaymentPrivateKey(point), wscript, SIGHASH_ALL);
  }

  private signRemoteHtlcToUs(
    channel: ChannelRef,
    remotePoint: Uint8Array,
    wire: BitcoinTx,
    wscript: Uint8Array,
    anchors: boolean,
    input: number,
  ): Uint8Array {
    const key = this.channelKeys(channel).htlcPrivateKey(remotePoint);
    return this.signToUs(wire, input, key, wscript, htlcSighash(anchors));
  }

  /** `handle_sign_to_us_tx`: the input must exist, the tx must have exactly one, and input 0 is signed. */
  private signToUs(wire: BitcoinTx, input: number, key: Uint8Array, wscript: Uint8Array, sighash: number): Uint8Array {
    const tx = parseTx(wire);
    if (input >= tx.inputCount) throw new HsmdRefusal(`bad input ${input} of ${tx.inputCount}`);
    if (tx.inputCount !== 1) throw new HsmdRefusal('bad txinput count');
    return txReply(tx.sign(key, 0, wscript, sighash));
  }

  private signLocalHtlc(message: Msg<'hsmd_sign_any_local_htlc_tx'>): Uint8Array {
    const tx = parseTx(message.tx);
    if (message.input >= tx.inputCount) throw new HsmdRefusal(`bad input ${message.input} of ${tx.inputCount}`);
    const keys = this.channelKeys({ peerId: message.peerid, dbid: message.channel_dbid });
    const key = keys.htlcPrivateKey(keys.perCommitmentPoint(this.commitmentNumber(message.commit_num)));
    if (tx.inputCount !== 1) throw new HsmdRefusal('bad txinput count');
    return txReply(tx.sign(key, message.input, message.wscript, htlcSighash(message.option_anchor_outputs)));
  }

  /** `sign_our_inputs`: each UTXO with its wallet key, or the channel key of a close output. */
  private signOurInputs(utxos: readonly HsmUtxo[], psbt: Uint8Array): PsbtSigner {
    let signer: PsbtSigner;
    try {
      signer = new PsbtSigner(psbt);
    } catch (error) {
      throw new HsmdRefusal(`the PSBT does not parse: ${(error as Error).message}`);
    }
    for (const utxo of utxos) {
      try {
        signer.signOutput(
          { txid: utxo.txid, vout: utxo.vout, amountSat: utxo.amount_sat, scriptPubkey: utxo.script_pubkey },
          this.keyForUtxo(utxo),
        );
      } catch (error) {
        if (error instanceof HsmdRefusal) throw error;
        throw new HsmdRefusal(`cannot sign the input spending ${bytesToHex(Uint8Array.from(utxo.txid).reverse())}:${utxo.vout}: ${(error as Error).message}`);
      }
    }
    return signer;
  }

  /** `hsm_key_for_utxo`. */
  private keyForUtxo(utxo: HsmUtxo): InputKey {
    const info = utxo.close_info;
    if (info) {
      const privateKey = this.channelKeys({ peerId: info.peer_id, dbid: info.channel_dbid }).toRemotePrivateKey(info.commitment_point);
      const publicKey = secp256k1.getPublicKey(privateKey, true);
      return { privateKey, publicKey, ...(info.option_anchors && { witnessScript: toRemoteAnchoredWitnessScript(publicKey, info.csv) }) };
    }
    if (utxo.keyindex >= 0x80000000) throw new HsmdRefusal(`Index ${utxo.keyindex} too great`);
    return this.keys().wallet.walletKey(utxo.keyindex);
  }
}

function parseTx(wire: BitcoinTx): ChannelTransaction {
  try {
    return new ChannelTransaction(wire);
  } catch (error) {
    throw new HsmdRefusal(`the transaction does not parse: ${(error as Error).message}`);
  }
}

function txReply(sig: TxSignature): Uint8Array {
  return encodeHsmd({ kind: 'hsmd_sign_tx_reply', sig });
}

function htlcSighash(anchors: boolean): number {
  return anchors ? SIGHASH_SINGLE_ANYONECANPAY : SIGHASH_ALL;
}

/**
 * Whether a channel_type (feature bits, big-endian bytes as hex) implies static_remotekey: its own
 * bits 12/13, or option_anchor_outputs 20/21 or option_anchors 22/23, which require it. An empty
 * one (channels older than channel_type) says nothing: both kinds of to_remote are then tried.
 */
function hasStaticRemotekey(channelType: string): boolean {
  const bytes = hexToBytes(channelType);
  const bit = (n: number) => {
    const index = bytes.length - 1 - Math.floor(n / 8);
    return index >= 0 && (bytes[index]! & (1 << n % 8)) !== 0;
  };
  return [12, 13, 20, 21, 22, 23].some(bit);
}

/** The most the peer can claim in the latest commitments of either side (the larger), when known. */
function peerClaim(record: ChannelRecord): PolicyFacts['peerClaim'] {
  const sides = [
    ['theirs', record.latestRemote],
    ['ours', record.latestLocal],
  ] as const;
  const known = sides.filter(([, summary]) => summary?.peer_claim_sat !== null && summary?.peer_claim_sat !== undefined);
  if (known.length === 0) return undefined;
  const claims = known.map(([side, summary]) => ({ side, commitment: summary!.commitment, sat: BigInt(summary!.peer_claim_sat!) }));
  const sat = claims.reduce((max, c) => (c.sat > max ? c.sat : max), 0n);
  return { sat, detail: claims.map((c) => `${c.side}, commitment ${c.commitment}: ${c.sat} sat`).join('; ') };
}

function describe(channel: ChannelRef): string {
  return `${bytesToHex(channel.peerId)}/${channel.dbid}`;
}

function setupJson(m: Msg<'hsmd_setup_channel'>): ChannelSetupJson {
  return {
    is_outbound: m.is_outbound,
    channel_value_sat: m.channel_value.toString(),
    push_value_msat: m.push_value.toString(),
    funding_txid: bytesToHex(m.funding_txid),
    funding_txout: m.funding_txout,
    local_to_self_delay: m.local_to_self_delay,
    local_shutdown_script: bytesToHex(m.local_shutdown_script),
    local_shutdown_wallet_index: m.local_shutdown_wallet_index ?? null,
    remote_basepoints: {
      revocation: bytesToHex(m.remote_basepoints.revocation),
      payment: bytesToHex(m.remote_basepoints.payment),
      htlc: bytesToHex(m.remote_basepoints.htlc),
      delayed_payment: bytesToHex(m.remote_basepoints.delayed_payment),
    },
    remote_funding_pubkey: bytesToHex(m.remote_funding_pubkey),
    remote_to_self_delay: m.remote_to_self_delay,
    remote_shutdown_script: bytesToHex(m.remote_shutdown_script),
    channel_type: bytesToHex(m.channel_type),
  };
}
