import {
  checkClientPermission,
  decodeHsmd,
  describeHsmdType,
  encodeHsmd,
  HSM_MASTER_PERMISSIONS,
  type HsmdMessage,
} from '@greenhouse/common/hsmd';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes } from '@noble/hashes/utils.js';
import { HsmKeys, bip32VersionsFor, signHashPlain, type BitcoinNetwork, type HsmSecret } from '../crypto/index.ts';
import { initReply, negotiateWireVersion } from './init-reply.ts';
import { HsmdRefusal } from './refusal.ts';
import { ChannelRequests, isChannelMessage } from './channel-requests.ts';
import { ChannelStore } from '../channels/channel-state.ts';
import type { PolicyFacts } from '../authorization/spending-policy.ts';
import { paymentTermsOf } from '../authorization/bolt11-fields.ts';

/** Who sent an hsmd request: lightningd itself (no context) or a subdaemon's client connection. */
export interface HsmdClientContext {
  /** The peer of a channel client; lightningd's own id for connectd. */
  peerId: Uint8Array;
  dbid: bigint;
  permissions: bigint;
}

export { HsmdRefusal };

/**
 * Decides whether a signature was asked for by an authorised client call and passes the validation
 * rules; returns why not, if not. `facts` is what the keys and channel state say about the request.
 */
export type Justification = (message: HsmdMessage, facts: PolicyFacts) => string | undefined;

/** Only the 138 fixed bytes of a channel_update are signed and returned, as stock hsmd re-serializes them. */
const CHANNEL_UPDATE_LENGTH = 138;

/**
 * Answers lightningd's hsmd requests with keys derived exactly as CLN's hsmd derives them.
 * Requests that move money or create payment requests must pass `justify` first.
 */
export class HsmdRequestHandler {
  private keys: HsmKeys;
  /** The hsmd wire version agreed in `hsmd_init` (6 until then: what lightningd speaks). */
  private wireVersion = 6;
  private readonly channels: ChannelRequests;

  /** `channels` keeps per-channel state; pass the Signer's relayed-state store, else a private one is used. */
  constructor(
    private readonly secret: HsmSecret,
    private readonly network: BitcoinNetwork,
    channels: ChannelStore = new ChannelStore(),
  ) {
    this.keys = new HsmKeys(secret, network);
    this.channels = new ChannelRequests(() => this.keys, channels, () => this.wireVersion);
  }

  get channelStore(): ChannelStore {
    return this.channels.store;
  }

  get nodeId(): Uint8Array {
    return this.keys.nodeId;
  }

  /** Greenlight's registration proof, with the node key. */
  signChallenge(challenge: Uint8Array): Uint8Array {
    return this.keys.signChallenge(challenge);
  }

  /**
   * The reply body, or undefined for a request that has none (`hsmd_dev_preinit`). `nowMs` dates
   * the payment approvals it records and finds.
   */
  handle(raw: Uint8Array, client: HsmdClientContext | undefined, justify: Justification = () => undefined, nowMs = Date.now()): Uint8Array | undefined {
    const message = this.decode(raw);
    const permission = checkClientPermission(message.type, client?.permissions ?? HSM_MASTER_PERMISSIONS);
    if (!permission.allowed) throw new HsmdRefusal(permission.reason);
    const channel = client && client.dbid !== 0n ? { peerId: client.peerId, dbid: client.dbid } : undefined;
    if (JUSTIFIED.has(message.kind) || message.kind === 'hsmd_validate_commitment_tx') {
      const facts = this.channels.policyFacts(message, channel, this.network, nowMs);
      // Our own commitment needs justifying only when it carries HTLCs we offer that are new (they
      // normally appear first on theirs); without any, the pending calls need not even be checked.
      if (message.kind !== 'hsmd_validate_commitment_tx' || (facts.newOutgoingHtlcs?.length ?? 0) > 0) {
        const refusal = justify(message, facts);
        if (refusal) throw new HsmdRefusal(refusal, declinedReply(message));
      }
    }
    this.rememberApprovedPayment(message, nowMs);
    if (isChannelMessage(message)) {
      try {
        return this.channels.answer(message, channel);
      } catch (error) {
        // Whatever a malformed transaction or key makes the crypto throw is a refusal, never a crash.
        if (error instanceof HsmdRefusal) throw error;
        throw new HsmdRefusal(`${describeHsmdType(message.type)}: ${(error as Error).message}`);
      }
    }
    return this.answer(message);
  }

  /**
   * A payment the signer approves (the rules passed) is remembered with its payment hash, so the
   * outgoing HTLCs lightningd then offers for it are known to be asked for. A `check_only` ask
   * (lightningd's `check` command) commits to nothing and is not remembered.
   */
  private rememberApprovedPayment(message: HsmdMessage, nowMs: number): void {
    if (message.kind === 'hsmd_preapprove_invoice' || (message.kind === 'hsmd_preapprove_invoice_check' && !message.check_only)) {
      const terms = paymentTermsOf(message.invstring);
      if (terms.paymentHash === undefined) return; // nothing to match HTLCs with: they will need another justification
      this.channels.approvals.approve({ paymentHash: terms.paymentHash, amountMsat: terms.amountMsat, source: 'invoice', approvedAtMs: nowMs });
    } else if (message.kind === 'hsmd_preapprove_keysend' || (message.kind === 'hsmd_preapprove_keysend_check' && !message.check_only)) {
      this.channels.approvals.approve({ paymentHash: bytesToHex(message.payment_hash), amountMsat: message.amount_msat, source: 'keysend', approvedAtMs: nowMs });
    }
  }

  private decode(raw: Uint8Array): HsmdMessage {
    let message: ReturnType<typeof decodeHsmd>;
    try {
      message = decodeHsmd(raw);
    } catch (error) {
      throw new HsmdRefusal(`malformed hsmd request: ${(error as Error).message}`);
    }
    if (message.kind === 'unknown') throw new HsmdRefusal(`unknown hsmd message type ${message.type}`);
    return message;
  }

  private answer(message: HsmdMessage): Uint8Array | undefined {
    const keys = this.keys;
    switch (message.kind) {
      case 'hsmd_init':
        return this.init(message);
      case 'hsmd_dev_preinit':
        return undefined;
      case 'hsmd_derive_secret':
        return encodeHsmd({ kind: 'hsmd_derive_secret_reply', secret: keys.deriveSecret(message.info) });
      case 'hsmd_ecdh_req':
        return encodeHsmd({ kind: 'hsmd_ecdh_resp', ss: keys.ecdh(message.point) });
      case 'hsmd_sign_invoice':
        return encodeHsmd({ kind: 'hsmd_sign_invoice_reply', sig: recoverable(keys.signInvoice(message.hrp, message.u5bytes)) });
      case 'hsmd_sign_message':
        return encodeHsmd({ kind: 'hsmd_sign_message_reply', sig: recoverable(keys.signMessage(message.msg)) });
      case 'hsmd_node_announcement_sig_req':
        return encodeHsmd({ kind: 'hsmd_node_announcement_sig_reply', signature: keys.signNodeAnnouncement(message.announcement) });
      case 'hsmd_cupdate_sig_req': {
        const signed = Uint8Array.from(message.cu.subarray(0, CHANNEL_UPDATE_LENGTH));
        signed.set(keys.signChannelUpdate(message.cu), 2);
        return encodeHsmd({ kind: 'hsmd_cupdate_sig_reply', cu: signed });
      }
      case 'hsmd_check_pubkey':
        return encodeHsmd({ kind: 'hsmd_check_pubkey_reply', ok: equal(keys.wallet.legacyKey(message.index).publicKey, message.pubkey) });
      case 'hsmd_check_bip86_pubkey': {
        const bip86 = keys.wallet.bip86Base ? keys.wallet.bip86Key(message.index).publicKey : undefined;
        return encodeHsmd({ kind: 'hsmd_check_bip86_pubkey_reply', ok: bip86 !== undefined && equal(bip86, message.pubkey) });
      }
      case 'hsmd_sign_bolt12':
        return encodeHsmd({
          kind: 'hsmd_sign_bolt12_reply',
          sig: keys.signBolt12(message.messagename, message.fieldname, message.merkleroot, message.publictweak.length > 0 ? message.publictweak : undefined),
        });
      case 'hsmd_sign_bolt12_2':
        return encodeHsmd({
          kind: 'hsmd_sign_bolt12_2_reply',
          sig: keys.signBolt12WithAlias(message.messagename, message.fieldname, message.merkleroot, message.info, message.publictweak.length > 0 ? message.publictweak : undefined),
        });
      case 'hsmd_bip137_sign_message':
        if (message.keyidx >= 0x80000000) throw new HsmdRefusal(`Index ${message.keyidx} too great`);
        return encodeHsmd({ kind: 'hsmd_bip137_sign_message_reply', sig: recoverable(keys.signBip137Message(message.msg, message.keyidx)) });
      case 'hsmd_sign_option_will_fund_offer': {
        // BOLT #2 (liquidity ads): SHA256("option_will_fund" ‖ funding_pubkey ‖ u32 blockheight ‖ u32 fee base ‖ u16 fee ppt), plain RFC6979.
        const fields = new Uint8Array(10);
        const view = new DataView(fields.buffer);
        view.setUint32(0, message.blockheight);
        view.setUint32(4, message.channel_fee_base_max_msat);
        view.setUint16(8, message.channel_fee_proportional_basis_max);
        const hash = sha256(concatBytes(new TextEncoder().encode('option_will_fund'), message.funding_pubkey, fields));
        return encodeHsmd({ kind: 'hsmd_sign_option_will_fund_offer_reply', rsig: signHashPlain(keys.nodeKey.privateKey, hash) });
      }
      // Payments: stock hsmd approves every invoice and keysend (and answers the _check variants with
      // the same 138/139 replies); ours only after the payment rule (authorization/spending-policy.ts).
      case 'hsmd_preapprove_invoice':
      case 'hsmd_preapprove_invoice_check':
        return encodeHsmd({ kind: 'hsmd_preapprove_invoice_reply', approved: true });
      case 'hsmd_preapprove_keysend':
      case 'hsmd_preapprove_keysend_check':
        return encodeHsmd({ kind: 'hsmd_preapprove_keysend_reply', approved: true });
      case 'hsmd_dev_memleak':
        return encodeHsmd({ kind: 'hsmd_dev_memleak_reply', leak: false });
      default:
        throw new HsmdRefusal(`${describeHsmdType(message.type)} is not supported by this signer yet`);
    }
  }

  /**
   * `hsmd_init`: lightningd's network decides the BIP32 version bytes. Greenlight's canned init
   * request carries 0/0 there; then the network the signer was started for decides.
   */
  private init(message: Extract<HsmdMessage, { kind: 'hsmd_init' }>): Uint8Array {
    const { pubkey_version, privkey_version } = message.bip32_key_version;
    const versions = pubkey_version === 0 && privkey_version === 0
      ? bip32VersionsFor(this.network)
      : { public: pubkey_version, private: privkey_version };
    this.keys = new HsmKeys(this.secret, versions);
    const version = negotiateWireVersion(message.hsm_wire_min_version, message.hsm_wire_max_version);
    if (version !== undefined) this.wireVersion = version;
    if (version === undefined) {
      return encodeHsmd({
        kind: 'hsmd_init_reply_failure',
        error_code: 1,
        error_message: `hsmd wire versions ${message.hsm_wire_min_version}..${message.hsm_wire_max_version} are not supported`,
      });
    }
    return encodeHsmd(initReply(this.keys, version));
  }
}

const JUSTIFIED = new Set<HsmdMessage['kind']>([
  'hsmd_sign_invoice',
  'hsmd_sign_message',
  'hsmd_preapprove_invoice',
  'hsmd_preapprove_invoice_check',
  'hsmd_preapprove_keysend',
  'hsmd_preapprove_keysend_check',
  'hsmd_setup_channel',
  'hsmd_sign_withdrawal',
  'hsmd_sign_mutual_close_tx',
  'hsmd_sign_remote_commitment_tx',
]);

/**
 * lightningd's own connection cannot hear "refused": stock hsmd would abort and take lightningd
 * with it. Payments have a "declined" answer (lightningd fails the pay with
 * PAY_INVOICE_PREAPPROVAL_DECLINED); a wallet spend gets its PSBT back unsigned (sendpsbt then fails,
 * "not finalizeable"). The subdaemons' requests are refused outright (that subdaemon exits).
 */
function declinedReply(message: HsmdMessage): Uint8Array | undefined {
  switch (message.kind) {
    case 'hsmd_preapprove_invoice':
    case 'hsmd_preapprove_invoice_check':
      return encodeHsmd({ kind: 'hsmd_preapprove_invoice_reply', approved: false });
    case 'hsmd_preapprove_keysend':
    case 'hsmd_preapprove_keysend_check':
      return encodeHsmd({ kind: 'hsmd_preapprove_keysend_reply', approved: false });
    case 'hsmd_sign_withdrawal':
      return encodeHsmd({ kind: 'hsmd_sign_withdrawal_reply', psbt: message.psbt });
    default:
      return undefined;
  }
}

/** r‖s‖recid (65 bytes, as the crypto layer returns it) in the codec's shape. */
function recoverable(signature: Uint8Array): { signature: Uint8Array; recid: number } {
  return { signature: signature.subarray(0, 64), recid: signature[64]! };
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
