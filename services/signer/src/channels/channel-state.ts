// What the signer remembers about each channel between requests, kept in the node-relayed signed
// signer_state (research/greenlight.md §4.6) so a fresh signer process with the same seed, or a
// second signer of the node, continues where the last one stopped. One entry per channel, under
// `greenhouse/channels/<peer id hex>/<dbid>`, value canonical JSON (ChannelRecordJson).
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, SignerState, type JsonObject, type JsonValue } from '@greenhouse/common/signer-state';
import { ShachainReceiver, type ShachainKnown } from '../crypto/shachain.ts';

export const CHANNEL_KEY_PREFIX = 'greenhouse/channels/';

/** The unchanging parameters `hsmd_setup_channel` carries (hex for bytes, decimal strings for u64). */
export interface ChannelSetupJson extends JsonObject {
  is_outbound: boolean;
  channel_value_sat: string;
  push_value_msat: string;
  /** Wire (internal) byte order, as hsmd messages carry it. */
  funding_txid: string;
  funding_txout: number;
  local_to_self_delay: number;
  local_shutdown_script: string;
  local_shutdown_wallet_index: number | null;
  remote_basepoints: { revocation: string; payment: string; htlc: string; delayed_payment: string };
  remote_funding_pubkey: string;
  remote_to_self_delay: number;
  remote_shutdown_script: string;
  channel_type: string;
}

/** One HTLC of a commitment as `hsm_htlc` lists it (only HTLCs with an output: trimmed ones are not sent). */
export interface HtlcJson extends JsonObject {
  /** True for an HTLC we offered (outgoing, `side` LOCAL), false for one the peer offered. */
  offered: boolean;
  amount_msat: string;
  payment_hash: string;
  cltv_expiry: number;
}

/** What the rules need of the latest commitment of one side: its HTLCs and who owns how much. */
export interface CommitmentSummaryJson extends JsonObject {
  commitment: number;
  htlcs: HtlcJson[];
  /** Our main output (to_remote on theirs, to_local on ours), sat; null when it was not identified. */
  our_output_sat: string | null;
  /**
   * The most the peer can end up with from this commitment, sat: the channel less what is surely
   * ours (our main output, plus the fee and anchors when we opened). Null without the setup.
   */
  peer_claim_sat: string | null;
}

export interface ChannelRecordJson extends JsonObject {
  peer_id: string;
  dbid: string;
  setup: ChannelSetupJson | null;
  /** Highest commitment number of ours we revealed the secret of (`revoke_commitment_tx`); -1 for none. */
  revoked_local: number;
  /** Highest commitment number of ours the peer signed and we validated; -1 for none. */
  validated_local: number;
  /** Per-commitment points of their commitments we signed and they have not revoked yet, by number. */
  remote_points: { [commitment: string]: string };
  /** Their revealed per-commitment secrets, BOLT 3 compact form: [position, shachain index, secret]. */
  remote_secrets: [number, string, string][];
  /** Funding outpoints locked by `lock_outpoint` (txid in wire order : vout). */
  locked_outpoints: string[];
  /** The latest commitment of ours validated; absent in records written before it was kept. */
  latest_local?: CommitmentSummaryJson | null;
  /** The latest commitment of theirs we signed; absent in records written before it was kept. */
  latest_remote?: CommitmentSummaryJson | null;
}

/** One channel's state, decoded; `save` writes it back as a new version. */
export class ChannelRecord {
  private constructor(
    private readonly store: ChannelStore,
    readonly key: string,
    private json: ChannelRecordJson,
  ) {}

  static load(store: ChannelStore, key: string, json: ChannelRecordJson | undefined, peerId: Uint8Array, dbid: bigint): ChannelRecord {
    return new ChannelRecord(
      store,
      key,
      json ?? {
        peer_id: bytesToHex(peerId),
        dbid: dbid.toString(),
        setup: null,
        revoked_local: -1,
        validated_local: -1,
        remote_points: {},
        remote_secrets: [],
        locked_outpoints: [],
      },
    );
  }

  get peerId(): Buffer {
    return Buffer.from(this.json.peer_id, 'hex');
  }

  get dbid(): bigint {
    return BigInt(this.json.dbid);
  }

  get setup(): ChannelSetupJson | null {
    return this.json.setup;
  }

  set setup(setup: ChannelSetupJson) {
    this.json = { ...this.json, setup };
  }

  get revokedLocal(): number {
    return this.json.revoked_local;
  }

  get validatedLocal(): number {
    return this.json.validated_local;
  }

  set revokedLocal(n: number) {
    this.json = { ...this.json, revoked_local: Math.max(this.json.revoked_local, n) };
  }

  set validatedLocal(n: number) {
    this.json = { ...this.json, validated_local: Math.max(this.json.validated_local, n) };
  }

  remotePoint(commitment: number): Uint8Array | undefined {
    const hex = this.json.remote_points[String(commitment)];
    return hex === undefined ? undefined : hexToBytes(hex);
  }

  setRemotePoint(commitment: number, point: Uint8Array): void {
    this.json = { ...this.json, remote_points: { ...this.json.remote_points, [String(commitment)]: bytesToHex(point) } };
  }

  /** Forgets the points of their commitments up to `commitment` (revoked: their secrets replace them). */
  dropRemotePointsThrough(commitment: number): void {
    const kept = Object.entries(this.json.remote_points).filter(([n]) => Number(n) > commitment);
    this.json = { ...this.json, remote_points: Object.fromEntries(kept) };
  }

  get remoteSecrets(): ShachainReceiver {
    const known: (ShachainKnown | undefined)[] = [];
    for (const [position, index, secret] of this.json.remote_secrets) known[position] = { index: Number(index), secret: hexToBytes(secret) };
    return new ShachainReceiver(known);
  }

  set remoteSecrets(receiver: ShachainReceiver) {
    const entries: [number, string, string][] = [];
    receiver.entries.forEach((entry, position) => {
      if (entry) entries.push([position, String(entry.index), bytesToHex(entry.secret)]);
    });
    this.json = { ...this.json, remote_secrets: entries };
  }

  /**
   * The latest commitments of each side: undefined for a record written before they were kept (a
   * channel opened before; its first commitments are adopted, not checked), null for none yet.
   */
  get latestLocal(): CommitmentSummaryJson | null | undefined {
    return this.json.latest_local;
  }

  get latestRemote(): CommitmentSummaryJson | null | undefined {
    return this.json.latest_remote;
  }

  /** Keeps `summary` unless an even later commitment of that side is already kept. */
  setLatest(side: 'local' | 'remote', summary: CommitmentSummaryJson): void {
    const field = side === 'local' ? 'latest_local' : 'latest_remote';
    const current = this.json[field];
    if (current && current.commitment > summary.commitment) return;
    this.json = { ...this.json, [field]: summary };
  }

  /** Marks a new channel's HTLC history as known from its start: nothing committed yet. */
  startCommitmentHistory(): void {
    if (this.json.latest_local !== undefined || this.json.latest_remote !== undefined) return;
    this.json = { ...this.json, latest_local: null, latest_remote: null };
  }

  lockOutpoint(txid: Uint8Array, vout: number): void {
    const outpoint = `${bytesToHex(txid)}:${vout}`;
    if (!this.json.locked_outpoints.includes(outpoint)) this.json = { ...this.json, locked_outpoints: [...this.json.locked_outpoints, outpoint] };
  }

  save(): void {
    this.store.write(this.key, this.json);
  }
}

/** Channel records in a SignerState (the Signer's relayed state, or a private one for tests). */
export class ChannelStore {
  constructor(readonly state: SignerState = new SignerState()) {}

  static keyOf(peerId: Uint8Array, dbid: bigint): string {
    return `${CHANNEL_KEY_PREFIX}${bytesToHex(peerId)}/${dbid}`;
  }

  /** The record of a channel: what the state holds, or a fresh one (not written until saved). */
  channel(peerId: Uint8Array, dbid: bigint): ChannelRecord {
    const key = ChannelStore.keyOf(peerId, dbid);
    const entry = this.state.get(key);
    const json = entry && !this.state.isTombstone(key) ? (JSON.parse(entry.value) as ChannelRecordJson) : undefined;
    return ChannelRecord.load(this, key, json, peerId, dbid);
  }

  /** True when the state holds a record for this channel. */
  has(peerId: Uint8Array, dbid: bigint): boolean {
    const key = ChannelStore.keyOf(peerId, dbid);
    return this.state.get(key) !== undefined && !this.state.isTombstone(key);
  }

  write(key: string, json: ChannelRecordJson): void {
    // A forgotten channel stays forgotten: late requests for it (sweeps) do not bring it back.
    if (this.state.isTombstone(key)) return;
    const current = this.state.get(key);
    const next = json as unknown as JsonValue;
    if (current && current.value === canonicalJson(next)) return;
    this.state.write(key, next);
  }

  /** Every live channel record with its peer and dbid. */
  records(): ChannelRecord[] {
    const records: ChannelRecord[] = [];
    for (const key of this.state.keys()) {
      if (!key.startsWith(CHANNEL_KEY_PREFIX) || this.state.isTombstone(key)) continue;
      const [peer, dbid] = key.slice(CHANNEL_KEY_PREFIX.length).split('/');
      if (!peer || !dbid || !/^\d+$/.test(dbid)) continue;
      records.push(this.channel(Buffer.from(peer, 'hex'), BigInt(dbid)));
    }
    return records;
  }

  forget(peerId: Uint8Array, dbid: bigint): void {
    const key = ChannelStore.keyOf(peerId, dbid);
    if (this.state.get(key) !== undefined) this.state.remove(key);
  }
}
