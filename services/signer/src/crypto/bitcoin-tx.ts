// Signing one input of a transaction lightningd sends as `bitcoin_tx` (raw tx + PSBT), as
// `sign_tx_input` in CLN's bitcoin/signature.c does: a segwit v0 (BIP143) sighash over the raw
// transaction, with the witness script as scriptCode and the input's amount from the PSBT's
// witness_utxo, signed by `sign_hash` (low-R grinding). Parsing and the sighash are
// @scure/btc-signer's; only CLN's choice of script, amount and nonce is ours.
import { sha256 } from '@noble/hashes/sha2.js';
import { ripemd160 } from '@noble/hashes/legacy.js';
import { Script, Transaction } from '@scure/btc-signer';
import { signHash } from './ecdsa.ts';
import { compareBytes } from './bytes.ts';

export const SIGHASH_ALL = 0x01;
export const SIGHASH_SINGLE_ANYONECANPAY = 0x83;

/** What `bitcoin_tx` carries on the hsmd wire. */
export interface HsmdTransaction {
  readonly tx: Uint8Array;
  readonly psbt: Uint8Array;
}

/** A `bitcoin_signature`: 64-byte compact r‖s and the sighash type. */
export interface TxSignature {
  readonly signature: Uint8Array;
  readonly sighash_type: number;
}

/** The permissive parse options lightningd's transactions need (any script, any version). */
export const TX_OPTIONS = {
  allowUnknownInputs: true,
  allowUnknownOutputs: true,
  allowUnknownVersion: true,
  disableScriptCheck: true,
  allowLegacyWitnessUtxo: true,
  unknown: 'ignore',
} as const;

/**
 * The last few parses, by the bytes parsed: a request's transaction is read by the policy and then by
 * the answer, and parsing a PSBT (its public keys checked on the curve, in JavaScript) is a good part
 * of a commitment request. The parsed transactions are only ever read (`getOutput` and friends hand
 * out copies), so parses of the same bytes share them.
 */
const recentParses = new Map<string, { tx: Transaction; psbt: Transaction }>();
const RECENT_PARSES = 8;

function parseWire(wire: HsmdTransaction): { tx: Transaction; psbt: Transaction } {
  const digest = sha256.create();
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, wire.tx.length);
  const key = Buffer.from(digest.update(length).update(wire.tx).update(wire.psbt).digest()).toString('hex');
  let parsed = recentParses.get(key);
  if (!parsed) {
    parsed = { tx: Transaction.fromRaw(wire.tx, TX_OPTIONS), psbt: Transaction.fromPSBT(wire.psbt, TX_OPTIONS) };
    recentParses.set(key, parsed);
    if (recentParses.size > RECENT_PARSES) recentParses.delete(recentParses.keys().next().value!);
  }
  return parsed;
}

/** The raw transaction of a `bitcoin_tx`, with each input's amount from its PSBT. Read-only. */
export class ChannelTransaction {
  /** Shared with other parses of the same bytes: read it, never change it. */
  readonly tx: Transaction;
  private readonly psbt: Transaction;

  constructor(wire: HsmdTransaction) {
    ({ tx: this.tx, psbt: this.psbt } = parseWire(wire));
    if (this.psbt.inputsLength !== this.tx.inputsLength) {
      throw new Error(`the PSBT has ${this.psbt.inputsLength} inputs, the transaction ${this.tx.inputsLength}`);
    }
  }

  get inputCount(): number {
    return this.tx.inputsLength;
  }

  get outputCount(): number {
    return this.tx.outputsLength;
  }

  /** `psbt_input_get_amount`: witness_utxo's amount, else the previous transaction's output. */
  inputAmount(index: number): bigint {
    const input = this.psbt.getInput(index);
    if (input.witnessUtxo) return input.witnessUtxo.amount;
    const previous = input.nonWitnessUtxo?.outputs[input.index!];
    if (previous) return previous.amount;
    throw new Error(`input ${index} has no amount in its PSBT (no witness_utxo)`);
  }

  /** The wallet key indexes the PSBT's keypaths name for output `index` (lightningd marks our change/close outputs so). */
  outputKeypathIndexes(index: number): number[] {
    return keypathIndexes(this.psbt.getOutput(index));
  }

  /** Fee rate in sat per 1000 weight once input 0 carries a 2-of-2 funding witness. */
  fundingSpendFeerate(): number {
    let out = 0n;
    for (let i = 0; i < this.outputCount; i++) out += this.tx.getOutput(i).amount ?? 0n;
    const fee = this.inputAmount(0) - out;
    // marker+flag (2) + witness: count, empty, two 73-byte signatures, the 71-byte script with its length.
    const weight = this.tx.unsignedTx.length * 4 + 2 + 1 + 1 + 2 * 74 + 72;
    return (Number(fee) * 1000) / weight;
  }

  /** BIP143 sighash of input `index` spending `witnessScript`. */
  sighash(index: number, witnessScript: Uint8Array, sighashType: number): Uint8Array {
    return this.tx.preimageWitnessV0(index, witnessScript, sighashType, this.inputAmount(index));
  }

  /** `sign_tx_input(tx, index, NULL, witnessScript, privkey, …, sighashType)`. */
  sign(privateKey: Uint8Array, index: number, witnessScript: Uint8Array, sighashType: number): TxSignature {
    if (index >= this.inputCount) throw new Error(`input ${index} of ${this.inputCount} does not exist`);
    return { signature: signHash(privateKey, this.sighash(index, witnessScript, sighashType)), sighash_type: sighashType };
  }
}

/** The last path element of each keypath (ECDSA and taproot) a PSBT output carries. */
export function keypathIndexes(output: { bip32Derivation?: [Uint8Array, { path: number[] }][]; tapBip32Derivation?: [Uint8Array, { der: { path: number[] } }][] }): number[] {
  const paths = [...(output.bip32Derivation ?? []).map(([, d]) => d.path), ...(output.tapBip32Derivation ?? []).map(([, d]) => d.der.path)];
  return paths.filter((path) => path.length > 0).map((path) => path[path.length - 1]!);
}

/** BOLT 3 funding output script: `2 <pubkey1> <pubkey2> 2 OP_CHECKMULTISIG`, keys in lexicographic order. */
export function fundingWitnessScript(a: Uint8Array, b: Uint8Array): Uint8Array {
  const [first, second] = compareBytes(a, b) <= 0 ? [a, b] : [b, a];
  return Script.encode([2, first, second, 2, 'CHECKMULTISIG']);
}

/** BOLT 3 anchor output (option_anchors): `<funding_pubkey> OP_CHECKSIG OP_IFDUP OP_NOTIF OP_16 OP_CHECKSEQUENCEVERIFY OP_ENDIF`. */
export function anchorWitnessScript(fundingPubkey: Uint8Array): Uint8Array {
  return Script.encode([fundingPubkey, 'CHECKSIG', 'IFDUP', 'NOTIF', 16, 'CHECKSEQUENCEVERIFY', 'ENDIF']);
}

/** BOLT 3 to_remote with option_anchors (`bitcoin_wscript_to_remote_anchored`): `<key> OP_CHECKSIGVERIFY <csv> OP_CHECKSEQUENCEVERIFY`. */
export function toRemoteAnchoredWitnessScript(pubkey: Uint8Array, csv: number): Uint8Array {
  return Script.encode([pubkey, 'CHECKSIGVERIFY', csv, 'CHECKSEQUENCEVERIFY']);
}

/** P2WSH scriptPubKey of a witness script. */
export function p2wshScript(witnessScript: Uint8Array): Uint8Array {
  return Script.encode(['OP_0', sha256(witnessScript)]);
}

export function hash160(data: Uint8Array): Uint8Array {
  return ripemd160(sha256(data));
}
