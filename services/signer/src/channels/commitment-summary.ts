// What the validation rules need to know of a commitment transaction the signer signs (theirs,
// sign_remote_commitment_tx) or validates (ours, validate_commitment_tx): which HTLCs it carries,
// which of the HTLCs we offer are new on the channel, and how much of the channel the peer could end
// up with from it. Kept per channel (ChannelRecord.latest_local / latest_remote) so later requests —
// the next commitment, a mutual close — are judged against what was signed before.
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ChannelRecord, CommitmentSummaryJson, HtlcJson } from './channel-state.ts';

/** `hsm_htlc` as decoded: side 0 (LOCAL) is an HTLC we offered. */
export interface WireHtlc {
  side: number;
  amount: bigint;
  payment_hash: Uint8Array;
  cltv_expiry: number;
}

export const HTLC_OFFERED_BY_US = 0;

export interface CommitmentOutputs {
  commitment: number;
  outputs: { script: Uint8Array; amountSat: bigint }[];
  htlcs: readonly WireHtlc[];
  /**
   * The main output found by its script: a to_remote, which needs no per-commitment key — ours on
   * their commitment, the peer's on ours (our to_local is then what is left besides the anchors
   * and the HTLC outputs). Every script it can have.
   */
  main: { owner: 'us' | 'peer'; scripts: Uint8Array[] };
  /** The two anchor outputs' scripts (option_anchors). */
  anchorScripts: Uint8Array[];
  /** From the channel's setup: who opened it and its value; undefined when the setup is unknown. */
  opening: { weOpened: boolean; channelValueSat: bigint } | undefined;
}

export function htlcJson(htlc: WireHtlc): HtlcJson {
  return {
    offered: htlc.side === HTLC_OFFERED_BY_US,
    amount_msat: htlc.amount.toString(),
    payment_hash: bytesToHex(htlc.payment_hash),
    cltv_expiry: htlc.cltv_expiry,
  };
}

/**
 * Our main output and the peer's claim. The opener pays the commitment fee and both anchors, so
 * when we opened, everything but our output, the fee and the anchors may go to the peer (its main
 * output and every HTLC); when the peer opened, everything but our output may.
 */
export function summarizeCommitment(c: CommitmentOutputs): CommitmentSummaryJson {
  const matches = (script: Uint8Array, candidates: Uint8Array[]) => candidates.some((s) => Buffer.from(s).equals(Buffer.from(script)));
  let main = 0n;
  let mainCount = 0;
  let anchors = 0n;
  let anchorCount = 0;
  let total = 0n;
  for (const output of c.outputs) {
    total += output.amountSat;
    if (matches(output.script, c.main.scripts)) [main, mainCount] = [main + output.amountSat, mainCount + 1];
    else if (matches(output.script, c.anchorScripts)) [anchors, anchorCount] = [anchors + output.amountSat, anchorCount + 1];
  }
  let ours: bigint | undefined = main;
  if (c.main.owner === 'peer') {
    // BOLT 3: an HTLC output holds its amount rounded down to the sat; the list holds exactly the HTLCs with outputs.
    const htlcOutputs = c.htlcs.reduce((sum, h) => sum + h.amount / 1000n, 0n);
    const rest = total - main - anchors - htlcOutputs;
    const unplaced = c.outputs.length - mainCount - anchorCount - c.htlcs.length;
    // The peer's to_remote not found and one output unplaced: trimmed, or a script we do not know.
    // Unknown then, rather than count the peer's output as ours.
    ours = mainCount === 0 && unplaced > 0 ? undefined : rest < 0n ? 0n : rest;
  }
  const claim =
    c.opening === undefined || ours === undefined ? undefined : c.opening.weOpened ? total - ours - anchors : c.opening.channelValueSat - ours;
  return {
    commitment: c.commitment,
    htlcs: c.htlcs.map(htlcJson),
    our_output_sat: ours === undefined ? null : ours.toString(),
    peer_claim_sat: claim === undefined ? null : (claim < 0n ? 0n : claim).toString(),
  };
}

const htlcKey = (h: HtlcJson) => `${h.offered ? 'out' : 'in'}:${h.payment_hash}:${h.amount_msat}:${h.cltv_expiry}`;

/** Counts of each distinct HTLC in a list. */
function counts(htlcs: readonly HtlcJson[]): Map<string, { htlc: HtlcJson; count: number }> {
  const map = new Map<string, { htlc: HtlcJson; count: number }>();
  for (const h of htlcs) {
    const entry = map.get(htlcKey(h));
    if (entry) entry.count++;
    else map.set(htlcKey(h), { htlc: h, count: 1 });
  }
  return map;
}

/** The HTLCs committed on a channel: each as often as the commitment with more copies of it has it. */
export function committedHtlcs(...lists: (readonly HtlcJson[] | null | undefined)[]): HtlcJson[] {
  const union = new Map<string, { htlc: HtlcJson; count: number }>();
  for (const list of lists) {
    for (const [key, { htlc, count }] of counts(list ?? [])) {
      const entry = union.get(key);
      if (!entry) union.set(key, { htlc, count });
      else entry.count = Math.max(entry.count, count);
    }
  }
  return [...union.values()].flatMap(({ htlc, count }) => Array.from({ length: count }, () => htlc));
}

/**
 * The HTLCs we offer in `htlcs` that neither latest commitment of the channel carried: new outgoing
 * HTLCs, which the payment rule must justify. A record written before commitments were kept (a
 * channel opened earlier, or a signer that joined late) has no history: its HTLCs are adopted.
 */
export function newOutgoingHtlcs(record: ChannelRecord, htlcs: readonly HtlcJson[]): HtlcJson[] {
  if (record.latestLocal === undefined && record.latestRemote === undefined) return [];
  const known = counts(committedHtlcs(record.latestLocal?.htlcs, record.latestRemote?.htlcs));
  const fresh: HtlcJson[] = [];
  for (const [key, { htlc, count }] of counts(htlcs.filter((h) => h.offered))) {
    const before = known.get(key)?.count ?? 0;
    for (let i = before; i < count; i++) fresh.push(htlc);
  }
  return fresh;
}

/** Total msat of the HTLCs with this payment hash, offered by us (outgoing) or by the peer (incoming). */
export function totalFor(htlcs: readonly HtlcJson[], paymentHash: string, offered: boolean): bigint {
  return htlcs.filter((h) => h.offered === offered && h.payment_hash === paymentHash).reduce((sum, h) => sum + BigInt(h.amount_msat), 0n);
}
