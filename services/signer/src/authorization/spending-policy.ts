// The signer's validation rules for requests that move money (issue 7 scope 2): payments only for a
// pending Pay/Xpay/KeySend of exactly that invoice or destination and amount, outgoing HTLCs only for
// such an approved payment, a pending signed SendPay/Pay/Xpay of that payment hash, or as a forward
// of an incoming HTLC, wallet spends only to what a pending Withdraw or FundChannel names, channels
// we open only for a pending FundChannel to that peer, mutual closes only to our wallet or a
// destination the device named and never giving the peer more than it owns, and fee rate and
// payment amount limits. Each refusal starts with its rule's name (README "Validation rules").
import { Address, OutScript, NETWORK, TEST_NETWORK, Transaction } from '@scure/btc-signer';
import { TX_OPTIONS } from '../crypto/bitcoin-tx.ts';
import type { HsmdMessage } from '@greenhouse/common/hsmd';
import type { BitcoinNetwork } from '../crypto/index.ts';
import type { AuthorizedCall } from './pending-requests.ts';
import { hrpAmountMsat, paymentTermsOf } from './bolt11-fields.ts';
import type { HtlcJson } from '../channels/channel-state.ts';
import type { PaymentApproval } from '../channels/payment-approvals.ts';

/** What the signer's keys and channel state say about a request, gathered before the rules run. */
export interface PolicyFacts {
  network: BitcoinNetwork;
  /** sign_withdrawal and sign_mutual_close_tx: every output, classified. */
  outputs?: OutputFact[];
  /** sign_withdrawal: the unsigned transaction's txid (display order hex). */
  txid?: string;
  /** sign_remote_commitment_tx and sign_mutual_close_tx: the transaction's fee rate once signed. */
  feerateSatPerKw?: number;
  /** The channel a channel request concerns. */
  channel?: { peerId: Uint8Array; dbid: bigint };
  /** sign_remote_commitment_tx, validate_commitment_tx: HTLCs we offer that the channel had not committed before. */
  newOutgoingHtlcs?: HtlcJson[];
  /** For each payment hash of those: totals over every channel once this commitment is signed, and the approval. */
  payments?: Map<string, PaymentFacts>;
  /** sign_mutual_close_tx: the most the peer can claim in the latest commitments the signer signed or validated. */
  peerClaim?: { sat: bigint; detail: string };
}

export interface PaymentFacts {
  /** Every HTLC we offer with this hash, on every channel, counting this commitment's. */
  outgoingMsat: bigint;
  /** Every HTLC offered to us with this hash (a forward's incoming side). */
  incomingMsat: bigint;
  /** The signer's approval of a payment with this hash (preapprove_invoice / preapprove_keysend). */
  approval?: PaymentApproval;
}

export interface OutputFact {
  index: number;
  script: Uint8Array;
  amountSat: bigint;
  /**
   * wallet: a keypath names one of our wallet keys and the script is that key's; funding: the funding
   * output of a channel we open (its 2-of-2 script checked); peer: the peer's upfront shutdown script.
   */
  kind: 'wallet' | 'funding' | 'peer' | 'unknown';
  fundingPeer?: Uint8Array;
}

export interface SpendingLimits {
  /** The highest fee rate of a commitment or closing transaction the signer signs (sat per 1000 weight). */
  maxFeerateSatPerKw: number;
  /** The largest payment (invoice or keysend amount; for HTLCs, their total per payment hash) the signer approves. */
  maxPaymentMsat: bigint;
  /** What outgoing HTLCs may add to an approved payment's amount for routing fees. */
  maxRoutingFeeMsat: bigint;
}

/** Greenlight's VLS relaxation (greenlight.md §4.5): 150 000 sat/kw. */
export const DEFAULT_MAX_FEERATE_SAT_PER_KW = 150_000;
/** 1 BTC: above any single regtest or everyday payment, below "everything". */
export const DEFAULT_MAX_PAYMENT_MSAT = 100_000_000_000n;
/** Greenlight's VLS relaxation (greenlight.md §4.5): max_routing_fee_msat 1 000 000. */
export const DEFAULT_MAX_ROUTING_FEE_MSAT = 1_000_000n;
/**
 * How far a mutual close may pay the peer beyond what it owns in the latest commitments, in sat.
 * Both transactions round each side's msat balance down to whole sat (BOLT 3 commitment outputs,
 * closingd's outputs), and the peer's share is computed from our rounded output: at most 1 sat off
 * in each transaction. Dust limits and reserves do not widen it: an output trimmed as dust goes to
 * the fee, never to the other side, and the reserve changes what may be spent, not who owns it.
 */
export const MUTUAL_CLOSE_TOLERANCE_SAT = 2n;

export const RULES = {
  payment: 'payment rule',
  paymentLimit: 'payment limit',
  withdraw: 'withdraw rule',
  channelOpen: 'channel open rule',
  mutualClose: 'mutual close rule',
  feerate: 'fee rate limit',
} as const;

/** Why the rules refuse this request, or undefined when they allow it. */
export function justifySpending(message: HsmdMessage, calls: AuthorizedCall[], facts: PolicyFacts, limits: SpendingLimits): string | undefined {
  switch (message.kind) {
    case 'hsmd_preapprove_invoice':
    case 'hsmd_preapprove_invoice_check':
      return justifyInvoicePayment(message.invstring, calls, limits);
    case 'hsmd_preapprove_keysend':
    case 'hsmd_preapprove_keysend_check':
      return justifyKeysend(Buffer.from(message.destination), message.amount_msat, calls, limits);
    case 'hsmd_setup_channel':
      return message.is_outbound ? justifyOutboundChannel(facts, calls) : undefined;
    case 'hsmd_sign_withdrawal':
      return justifyWithdrawal(facts, calls);
    case 'hsmd_sign_mutual_close_tx':
      return feerateProblem('sign_mutual_close_tx', facts, limits) ?? justifyMutualClose(facts, calls);
    case 'hsmd_sign_remote_commitment_tx':
      return feerateProblem('sign_remote_commitment_tx', facts, limits) ?? justifyOutgoingHtlcs(facts, calls, limits);
    case 'hsmd_validate_commitment_tx':
      return justifyOutgoingHtlcs(facts, calls, limits);
    default:
      return undefined;
  }
}

// ---- payments

const INVOICE_PAYERS: [AuthorizedCall['service'], string, string][] = [
  ['cln.Node', 'Pay', 'bolt11'],
  ['cln.Node', 'Xpay', 'invstring'],
  ['cln.Node', 'PreApproveInvoice', 'bolt11'],
  ['greenlight.Node', 'TrampolinePay', 'bolt11'],
];

function justifyInvoicePayment(invstring: string, calls: AuthorizedCall[], limits: SpendingLimits): string | undefined {
  const wanted = normalizeInvoice(invstring);
  const payers = calls.filter((c) => INVOICE_PAYERS.some(([service, method]) => c.service === service && c.method === method));
  const call = payers.find((c) => normalizeInvoice(String(c.request[fieldOf(c)] ?? '')) === wanted);
  if (!call) {
    return `${RULES.payment}: no pending signed Pay, Xpay, PreApproveInvoice or TrampolinePay call asks to pay invoice ${shorten(wanted)} (${payers.length} payment call(s) pending for other invoices)`;
  }
  const amount = invoiceAmountMsat(wanted) ?? callAmountMsat(call);
  if (amount !== undefined && amount > limits.maxPaymentMsat) {
    return `${RULES.paymentLimit}: paying ${amount} msat exceeds the signer's maximum of ${limits.maxPaymentMsat} msat per payment`;
  }
  return undefined;
}

function justifyKeysend(destination: Buffer, amountMsat: bigint, calls: AuthorizedCall[], limits: SpendingLimits): string | undefined {
  const asked = calls.some(
    (c) =>
      c.service === 'cln.Node' &&
      (c.method === 'KeySend' || c.method === 'PreApproveKeysend') &&
      Buffer.from(c.request.destination as Uint8Array).equals(destination) &&
      msatOf(c.request.amount_msat) === amountMsat,
  );
  if (!asked) {
    return `${RULES.payment}: no pending signed KeySend or PreApproveKeysend call asks to send ${amountMsat} msat to ${destination.toString('hex')}`;
  }
  if (amountMsat > limits.maxPaymentMsat) {
    return `${RULES.paymentLimit}: paying ${amountMsat} msat exceeds the signer's maximum of ${limits.maxPaymentMsat} msat per payment`;
  }
  return undefined;
}

/**
 * Every HTLC we newly offer must be paid for: its payment hash belongs to a payment the signer
 * approved, or a pending signed call names it (the payment_hash of a SendPay, SendOnion or
 * InjectPaymentOnion, the invoice of a Pay, Xpay, PreApproveInvoice, RenePay or TrampolinePay), or
 * HTLCs with that hash were offered to us at least as large (a forward: we pay out no more than we
 * take in). A payment's HTLCs together stay within its amount plus the routing fee allowance, and
 * within the payment limit. (sendpay, and lightningd's own rpc socket, never ask for a
 * preapproval: this is where such payments are checked.)
 */
function justifyOutgoingHtlcs(facts: PolicyFacts, calls: AuthorizedCall[], limits: SpendingLimits): string | undefined {
  const hashes = [...new Set((facts.newOutgoingHtlcs ?? []).map((h) => h.payment_hash))];
  for (const hash of hashes) {
    const payment = facts.payments?.get(hash) ?? { outgoingMsat: 0n, incomingMsat: 0n };
    if (payment.incomingMsat > 0n && payment.incomingMsat >= payment.outgoingMsat) continue; // a forward
    const authorizations = paymentAuthorizations(hash, payment.approval, calls, limits.maxRoutingFeeMsat);
    const newest = facts.newOutgoingHtlcs!.find((h) => h.payment_hash === hash)!;
    if (authorizations.length === 0) {
      if (payment.incomingMsat > 0n) {
        return `${RULES.payment}: outgoing HTLCs of ${hash} total ${payment.outgoingMsat} msat, more than the ${payment.incomingMsat} msat of incoming HTLCs with that hash they would forward, and no device-signed payment names it`;
      }
      return `${RULES.payment}: outgoing HTLC ${hash} of ${newest.amount_msat} msat has no device-signed payment (no approved invoice or keysend, no pending signed SendPay, SendOnion, InjectPaymentOnion, Pay, Xpay, RenePay or TrampolinePay names that payment hash, and no incoming HTLC with that hash to forward)`;
    }
    if (payment.outgoingMsat > limits.maxPaymentMsat) {
      return `${RULES.paymentLimit}: outgoing HTLCs of ${hash} total ${payment.outgoingMsat} msat, above the signer's maximum of ${limits.maxPaymentMsat} msat per payment`;
    }
    // The most generous authorization counts; one without an amount (an amountless invoice paid
    // with no amount named) is bounded by the payment limit alone.
    if (authorizations.some((a) => a.amountMsat === undefined)) continue;
    const best = authorizations.reduce((a, b) => (a.amountMsat! + a.feeMsat >= b.amountMsat! + b.feeMsat ? a : b));
    if (payment.outgoingMsat > best.amountMsat! + best.feeMsat) {
      return `${RULES.payment}: outgoing HTLCs of ${hash} total ${payment.outgoingMsat} msat, more than the ${best.amountMsat} msat ${best.what} plus ${best.feeMsat} msat for routing fees`;
    }
  }
  return undefined;
}

interface PaymentAuthorization {
  /** What the payee is to get; undefined when nothing says. */
  amountMsat: bigint | undefined;
  /** What routing may add on top. */
  feeMsat: bigint;
  /** For messages: what authorized it. */
  what: string;
}

/**
 * Invoice payers whose HTLCs a pending call justifies: those that preapprove (above) and RenePay,
 * which never asks for a preapproval.
 */
const HTLC_INVOICE_PAYERS: [AuthorizedCall['service'], string, string][] = [...INVOICE_PAYERS, ['cln.Node', 'RenePay', 'invstring']];

/** The device-signed grounds for paying `hash`: the signer's approval, and pending calls naming it. */
function paymentAuthorizations(hash: string, approval: PaymentApproval | undefined, calls: AuthorizedCall[], feeMsat: bigint): PaymentAuthorization[] {
  const found: PaymentAuthorization[] = [];
  if (approval) found.push({ amountMsat: approval.amountMsat, feeMsat, what: `the signer approved (${approval.source})` });
  for (const call of calls) {
    const named = hashCallAmounts(call);
    if (named) {
      if (named.paymentHash !== hash) continue;
      // The route (or first hop) the device signed names what the first hop carries: its fees are the device's choice.
      const { delivered, firstHop } = named;
      const routeFee = delivered !== undefined && firstHop !== undefined && firstHop > delivered ? firstHop - delivered : 0n;
      found.push({ amountMsat: delivered ?? firstHop, feeMsat: routeFee > feeMsat ? routeFee : feeMsat, what: `a pending signed ${call.method} names` });
      continue;
    }
    const payer = HTLC_INVOICE_PAYERS.find(([service, method]) => call.service === service && call.method === method);
    if (!payer) continue;
    const terms = paymentTermsOf(String(call.request[payer[2]] ?? ''));
    if (terms.paymentHash !== hash) continue;
    found.push({ amountMsat: terms.amountMsat ?? callAmountMsat(call), feeMsat, what: `a pending signed ${call.method} names` });
  }
  return found;
}

/**
 * The calls that name a payment hash outright (SendPay, SendOnion, InjectPaymentOnion), with what
 * they deliver to the payee and what the first hop carries; undefined for any other call.
 */
function hashCallAmounts(call: AuthorizedCall): { paymentHash: string; delivered: bigint | undefined; firstHop: bigint | undefined } | undefined {
  if (call.service !== 'cln.Node') return undefined;
  const r = call.request;
  const paymentHash = Buffer.from((r.payment_hash as Uint8Array | undefined) ?? []).toString('hex');
  switch (call.method) {
    case 'SendPay': {
      const route = (r.route as { amount_msat?: unknown }[] | undefined) ?? [];
      return { paymentHash, delivered: msatOf(r.amount_msat) ?? msatOf(route.at(-1)?.amount_msat), firstHop: msatOf(route[0]?.amount_msat) };
    }
    case 'SendOnion':
      return { paymentHash, delivered: msatOf(r.amount_msat), firstHop: msatOf((r.first_hop as { amount_msat?: unknown } | undefined)?.amount_msat) };
    case 'InjectPaymentOnion':
      return { paymentHash, delivered: msatOf(r.destination_msat), firstHop: msatOf(r.amount_msat) };
    default:
      return undefined;
  }
}

function fieldOf(call: AuthorizedCall): string {
  return INVOICE_PAYERS.find(([service, method]) => call.service === service && call.method === method)![2];
}

function normalizeInvoice(invoice: string): string {
  return invoice.trim().toLowerCase().replace(/^lightning:/, '');
}

/** A BOLT11 invoice's own amount; undefined for an amountless one (or a BOLT12 invoice). */
function invoiceAmountMsat(invoice: string): bigint | undefined {
  try {
    // The hrp is everything before the last "1" (bech32's separator); the amount is in it.
    return hrpAmountMsat(invoice.slice(0, invoice.lastIndexOf('1')));
  } catch {
    return undefined;
  }
}

function callAmountMsat(call: AuthorizedCall): bigint | undefined {
  if (call.method === 'TrampolinePay') {
    const amount = BigInt(String(call.request.amount_msat ?? '0'));
    return amount === 0n ? undefined : amount;
  }
  return call.request.amount_msat ? msatOf(call.request.amount_msat) : undefined;
}

function msatOf(amount: unknown): bigint | undefined {
  const msat = (amount as { msat?: string | number } | undefined)?.msat;
  return msat === undefined ? undefined : BigInt(msat);
}

// ---- channels and wallet spends

const FUNDERS = ['FundChannel', 'FundChannelStart', 'MultiFundChannel', 'OpenChannelInit'];

/** The peers (hex) a pending signed FundChannel-family call opens a channel to, each with its amount (undefined: all). */
function fundedPeers(calls: AuthorizedCall[]): { peer: string; amountSat: bigint | undefined }[] {
  const peers: { peer: string; amountSat: bigint | undefined }[] = [];
  for (const call of calls) {
    if (call.service !== 'cln.Node' || !FUNDERS.includes(call.method)) continue;
    const r = call.request;
    if (call.method === 'MultiFundChannel') {
      for (const d of (r.destinations as { id: string; amount?: unknown }[] | undefined) ?? []) {
        peers.push({ peer: d.id.split('@')[0]!.toLowerCase(), amountSat: amountOrAllSat(d.amount) });
      }
    } else {
      const amount = call.method === 'FundChannel' ? amountOrAllSat(r.amount) : call.method === 'FundChannelStart' ? satOf(msatOf(r.amount)) : undefined;
      peers.push({ peer: Buffer.from(r.id as Uint8Array).toString('hex'), amountSat: amount });
    }
  }
  return peers;
}

function justifyOutboundChannel(facts: PolicyFacts, calls: AuthorizedCall[]): string | undefined {
  const peer = facts.channel && Buffer.from(facts.channel.peerId).toString('hex');
  if (peer && fundedPeers(calls).some((p) => p.peer === peer)) return undefined;
  return `${RULES.channelOpen}: no pending signed FundChannel, FundChannelStart, MultiFundChannel or OpenChannelInit call opens a channel to ${peer ?? 'this peer'}`;
}

function justifyWithdrawal(facts: PolicyFacts, calls: AuthorizedCall[]): string | undefined {
  // A device-signed SignPsbt of this very transaction asked for exactly these outputs.
  if (calls.some((c) => c.service === 'cln.Node' && c.method === 'SignPsbt' && psbtTxid(String(c.request.psbt ?? '')) === facts.txid)) return undefined;
  const withdrawals = calls.filter((c) => c.service === 'cln.Node' && c.method === 'Withdraw');
  const funded = fundedPeers(calls);
  for (const output of facts.outputs ?? []) {
    if (output.kind === 'wallet') continue;
    const where = `output ${output.index} (${output.amountSat} sat to ${describeScript(output.script, facts.network)})`;
    if (output.kind === 'funding') {
      const peer = Buffer.from(output.fundingPeer!).toString('hex');
      const call = funded.find((p) => p.peer === peer && (p.amountSat === undefined || p.amountSat === output.amountSat));
      if (!call) return `${RULES.withdraw}: ${where} funds a channel to ${peer} that no pending signed FundChannel call asks for with that amount`;
      continue;
    }
    const named = withdrawals.some((c) => {
      const script = scriptOf(String(c.request.destination ?? ''), facts.network);
      if (!script || !Buffer.from(script).equals(Buffer.from(output.script))) return false;
      const amount = amountOrAllSat(c.request.satoshi);
      return amount === undefined || amount === output.amountSat;
    });
    if (!named) {
      return `${RULES.withdraw}: ${where} leaves the wallet, and no pending signed Withdraw names that destination and amount (${withdrawals.length} Withdraw call(s) pending)`;
    }
  }
  return undefined;
}

function justifyMutualClose(facts: PolicyFacts, calls: AuthorizedCall[]): string | undefined {
  const allowed: Uint8Array[] = [];
  for (const call of calls) {
    const address =
      call.service === 'cln.Node' && call.method === 'Close' ? call.request.destination
      : call.service === 'greenlight.Node' && call.method === 'Configure' ? call.request.close_to_addr
      : undefined;
    const script = typeof address === 'string' && address ? scriptOf(address, facts.network) : undefined;
    if (script) allowed.push(script);
  }
  const outputs = facts.outputs ?? [];
  const unknown = outputs.filter((o) => o.kind === 'unknown' && !allowed.some((s) => Buffer.from(s).equals(Buffer.from(o.script))));
  // Without the peer's upfront shutdown script, one unknown output is the peer's own.
  const peerKnown = outputs.some((o) => o.kind === 'peer');
  const tolerated = peerKnown ? 0 : 1;
  if (unknown.length > tolerated) {
    const list = unknown.map((o) => `output ${o.index} (${o.amountSat} sat to ${describeScript(o.script, facts.network)})`).join(', ');
    return `${RULES.mutualClose}: ${list} ${unknown.length === 1 ? 'pays' : 'pay'} neither our wallet, the peer's shutdown script, nor the destination of a pending signed Close or Configure(close_to_addr)`;
  }
  // What goes to the peer (its shutdown script, or the one unknown output) must be no more than
  // what it owns in the latest commitments: otherwise the close hands it part of our balance.
  const peers = [...outputs.filter((o) => o.kind === 'peer'), ...unknown];
  const peerTakes = peers.reduce((sum, o) => sum + o.amountSat, 0n);
  if (facts.peerClaim && peerTakes > facts.peerClaim.sat + MUTUAL_CLOSE_TOLERANCE_SAT) {
    const which = peers.map((o) => `output ${o.index}`).join(', ');
    return `${RULES.mutualClose}: ${which} ${peers.length === 1 ? 'pays' : 'pay'} the peer ${peerTakes} sat, but it owns at most ${facts.peerClaim.sat} sat in the latest commitments (${facts.peerClaim.detail}): ${peerTakes - facts.peerClaim.sat} sat of ours would go to the peer, more than the ${MUTUAL_CLOSE_TOLERANCE_SAT} sat tolerance`;
  }
  return undefined;
}

function feerateProblem(kind: string, facts: PolicyFacts, limits: SpendingLimits): string | undefined {
  if (facts.feerateSatPerKw === undefined || facts.feerateSatPerKw <= limits.maxFeerateSatPerKw) return undefined;
  return `${RULES.feerate}: ${kind} at ${Math.round(facts.feerateSatPerKw)} sat/kw exceeds the signer's maximum of ${limits.maxFeerateSatPerKw} sat/kw`;
}

// ---- amounts and addresses

/** AmountOrAll `{ amount: { msat } }` in sat, undefined for `{ all: true }`. */
function amountOrAllSat(value: unknown): bigint | undefined {
  const v = value as { amount?: { msat?: string | number }; all?: boolean } | undefined;
  if (!v || v.all || v.amount === undefined) return undefined;
  return satOf(msatOf(v.amount));
}

function satOf(msat: bigint | undefined): bigint | undefined {
  return msat === undefined ? undefined : msat / 1000n;
}

const REGTEST = { bech32: 'bcrt', pubKeyHash: 0x6f, scriptHash: 0xc4, wif: 0xef };

function networkOf(network: BitcoinNetwork): typeof NETWORK {
  return network === 'bitcoin' ? NETWORK : network === 'regtest' ? REGTEST : TEST_NETWORK;
}

/** The scriptPubKey an address pays, or undefined when it is not an address of this network. */
export function scriptOf(address: string, network: BitcoinNetwork): Uint8Array | undefined {
  try {
    return OutScript.encode(Address(networkOf(network)).decode(address.trim()));
  } catch {
    return undefined;
  }
}

function describeScript(script: Uint8Array, network: BitcoinNetwork): string {
  try {
    return Address(networkOf(network)).encode(OutScript.decode(script));
  } catch {
    return `script ${Buffer.from(script).toString('hex')}`;
  }
}

function psbtTxid(psbt: string): string | undefined {
  try {
    return Transaction.fromPSBT(Buffer.from(psbt, 'base64'), TX_OPTIONS).id;
  } catch {
    return undefined;
  }
}

function shorten(invoice: string): string {
  return invoice.length > 40 ? `${invoice.slice(0, 24)}…${invoice.slice(-12)}` : invoice;
}
