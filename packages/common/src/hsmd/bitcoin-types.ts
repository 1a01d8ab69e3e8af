// Codecs for transactions, PSBTs and wallet UTXOs (bitcoin/tx.c, bitcoin/psbt.c, hsmd/hsm_utxo.c).
// Transactions and PSBTs are carried as opaque bytes: parsing them is the signer's business.
import { bool, type FieldCodec } from './primitives.ts';
import { nodeId, pubkey } from './key-types.ts';
import type { WireReader } from './reader.ts';
import type { WireWriter } from './writer.ts';

const PSBT_MAGIC = [0x70, 0x73, 0x62, 0x74, 0xff]; // "psbt" 0xff (BIP 174)

function hasPsbtMagic(bytes: Uint8Array): boolean {
  return PSBT_MAGIC.every((byte, i) => bytes[i] === byte);
}

function writeU32Bytes(w: WireWriter, value: Uint8Array, what: string): void {
  if (!(value instanceof Uint8Array)) w.fail('invalid_value', `${what} must be bytes, got ${typeof value}`);
  w.u32(value.length);
  w.bytes(value);
}

/**
 * `wally_psbt`: u32 length then the serialized PSBT. lightningd sends version 0 PSBTs. An empty PSBT
 * is refused: fromwire_wally_psbt returns NULL for it, which every caller treats as a parse failure
 * or would crash on. A missing BIP 174 magic is refused too, as libwally's parser would.
 */
export const wallyPsbt: FieldCodec<Uint8Array> = {
  read(r) {
    const at = r.offset;
    const length = r.u32();
    if (length === 0) r.fail('invalid_length', 'PSBT must not be empty', at);
    const psbt = r.bytes(length, 'PSBT');
    if (!hasPsbtMagic(psbt)) r.fail('invalid_value', 'PSBT does not start with the magic "psbt\\xff"', at + 4);
    return psbt;
  },
  write(w, v) {
    if (v instanceof Uint8Array && v.length === 0) w.fail('invalid_length', 'PSBT must not be empty');
    if (v instanceof Uint8Array && !hasPsbtMagic(v)) w.fail('invalid_value', 'PSBT does not start with the magic "psbt\\xff"');
    writeU32Bytes(w, v, 'PSBT');
  },
};

export interface BitcoinTx {
  /** The raw transaction as lightningd linearized it (legacy serialization while unsigned). */
  readonly tx: Uint8Array;
  /** The PSBT lightningd attaches to every tx: it carries each input's witness_utxo (amount, script). */
  readonly psbt: Uint8Array;
}

/** `bitcoin_tx`: u32 length ‖ raw tx, then a `wally_psbt` for the same transaction. */
export const bitcoinTx: FieldCodec<BitcoinTx> = {
  read(r) {
    const at = r.offset;
    const length = r.u32();
    if (length === 0) r.fail('invalid_length', 'transaction must not be empty', at);
    const tx = r.bytes(length, 'transaction');
    return { tx, psbt: wallyPsbt.read(r) };
  },
  write(w, v) {
    if (v.tx instanceof Uint8Array && v.tx.length === 0) w.fail('invalid_length', 'transaction must not be empty');
    writeU32Bytes(w, v.tx, 'transaction');
    wallyPsbt.write(w, v.psbt);
  },
};

/** Why a wallet UTXO exists when it is our output of a channel close (CLN's unilateral_close_info). */
export interface UtxoCloseInfo {
  /** The closed channel's database id (CLN names it `channel_id`, but it is the u64 dbid). */
  readonly channel_dbid: bigint;
  readonly peer_id: Uint8Array;
  /** Absent for static_remotekey/anchor channels, whose to_remote key is not tweaked. */
  readonly commitment_point?: Uint8Array | undefined;
  readonly option_anchors: boolean;
  /** The to_remote output's CSV delay (1 for anchor channels). */
  readonly csv: number;
}

export interface HsmUtxo {
  /** Funding txid in internal byte order (reverse of what bitcoind prints). */
  readonly txid: Uint8Array;
  readonly vout: number;
  readonly amount_sat: bigint;
  /** Wallet key index (BIP32 / BIP86 child number). */
  readonly keyindex: number;
  /** Empty when lightningd does not know it. */
  readonly script_pubkey: Uint8Array;
  readonly close_info?: UtxoCloseInfo | undefined;
}

function readCloseInfo(r: WireReader): UtxoCloseInfo {
  const channel_dbid = r.u64();
  const peer_id = nodeId.read(r);
  const commitment_point = bool.read(r) ? pubkey.read(r) : undefined;
  const option_anchors = bool.read(r);
  const csv = r.u32();
  return { channel_dbid, peer_id, commitment_point, option_anchors, csv };
}

function writeCloseInfo(w: WireWriter, info: UtxoCloseInfo): void {
  w.u64(info.channel_dbid);
  nodeId.write(w, info.peer_id);
  bool.write(w, info.commitment_point !== undefined);
  if (info.commitment_point !== undefined) pubkey.write(w, info.commitment_point);
  bool.write(w, info.option_anchors);
  w.u32(info.csv);
}

/**
 * `hsm_utxo` (hsmd/hsm_utxo.c, part of the HSM ABI): txid, u32 vout, u64 amount_sat, u32 keyindex,
 * bool (was is_p2sh, always written 0, value ignored), u16 len + scriptPubKey, bool has close_info
 * [+ close info], bool (was is_in_coinbase, always written 0, value ignored).
 */
export const hsmUtxo: FieldCodec<HsmUtxo> = {
  read(r) {
    const txid = r.bytes(32, 'txid');
    const vout = r.u32();
    const amount_sat = r.u64();
    const keyindex = r.u32();
    bool.read(r); // legacy is_p2sh
    const script_pubkey = r.bytes(r.u16(), 'scriptPubKey');
    const close_info = bool.read(r) ? readCloseInfo(r) : undefined;
    bool.read(r); // legacy is_in_coinbase
    return { txid, vout, amount_sat, keyindex, script_pubkey, close_info };
  },
  write(w, v) {
    w.bytes(v.txid, 32);
    w.u32(v.vout);
    w.u64(v.amount_sat);
    w.u32(v.keyindex);
    bool.write(w, false);
    if (v.script_pubkey.length > 0xffff) w.fail('invalid_length', 'scriptPubKey longer than 65535 bytes');
    w.u16(v.script_pubkey.length);
    w.bytes(v.script_pubkey);
    bool.write(w, v.close_info !== undefined);
    if (v.close_info !== undefined) writeCloseInfo(w, v.close_info);
    bool.write(w, false);
  },
};
