// Signing our inputs of a PSBT as CLN's hsmd does (`sign_our_inputs` in hsmd/libhsmd.c, then
// libwally's `wally_psbt_sign` with EC_FLAG_GRIND_R): for each wallet UTXO, find the PSBT input
// spending it, add a keypath for its key (fingerprint = HASH160(pubkey)[0..4], path [0]; x-only in
// the taproot map for P2TR), then sign every input whose keypaths name that key:
//   P2WPKH: BIP143, scriptCode = P2PKH of the key, SIGHASH_ALL (or the input's sighash) → partial sig;
//   P2WSH:  BIP143 over the input's witness script → partial sig;
//   P2TR:   BIP341 key path, key tweaked with TapTweak(xonly) (no script tree), SIGHASH_DEFAULT,
//           BIP340 with zero aux randomness → tap key sig.
// Parsing, sighashes and serialization are @scure/btc-signer's; the nonces are libwally's.
import { schnorr } from '@noble/curves/secp256k1.js';
import { Transaction } from '@scure/btc-signer';
import { taprootTweakPrivKey } from '@scure/btc-signer/utils.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { signHashWally } from './ecdsa.ts';
import { hash160, p2wshScript, TX_OPTIONS } from './bitcoin-tx.ts';

const SIGHASH_DEFAULT = 0x00;
const SIGHASH_ALL = 0x01;

/** A key that spends one of our outputs, and how the PSBT input must describe it. */
export interface InputKey {
  readonly privateKey: Uint8Array;
  /** 33-byte compressed. */
  readonly publicKey: Uint8Array;
  /** For our P2WSH outputs (anchor to_remote): the witness script, set on the input with its witness_utxo. */
  readonly witnessScript?: Uint8Array;
}

/** One wallet UTXO being spent: its outpoint (txid in wire order), amount and scriptPubKey. */
export interface OurOutput {
  readonly txid: Uint8Array;
  readonly vout: number;
  readonly amountSat: bigint;
  readonly scriptPubkey: Uint8Array;
}

export class PsbtSigner {
  readonly psbt: Transaction;

  constructor(private readonly original: Uint8Array) {
    this.psbt = Transaction.fromPSBT(original, TX_OPTIONS);
  }

  /** `sign_our_inputs` for one UTXO: keypath, P2WSH details, then `wally_psbt_sign` with its key. */
  signOutput(output: OurOutput, key: InputKey): void {
    const wireTxid = output.txid;
    for (let j = 0; j < this.psbt.inputsLength; j++) {
      const input = this.psbt.getInput(j);
      if (input.index !== output.vout || !input.txid || !equalBytes(reverse(input.txid), wireTxid)) continue;
      this.addKeypath(j, key.publicKey, isP2tr(output.scriptPubkey));
      if (key.witnessScript) {
        this.psbt.updateInput(
          j,
          { witnessScript: key.witnessScript, witnessUtxo: { script: p2wshScript(key.witnessScript), amount: output.amountSat } },
          true,
        );
      }
      this.signWithKey(key.privateKey);
    }
  }

  /** `psbt_input_add_pubkey`: a keypath entry with the key's own fingerprint and path [0]. */
  addKeypath(index: number, publicKey: Uint8Array, taproot: boolean): void {
    const fingerprint = new DataView(hash160(publicKey).buffer).getUint32(0, false);
    const input = this.psbt.getInput(index);
    if (taproot) {
      const xonly = publicKey.subarray(1);
      if (input.tapBip32Derivation?.some(([key]) => equalBytes(key, xonly))) return;
      this.psbt.updateInput(index, { tapBip32Derivation: [[xonly, { hashes: [], der: { fingerprint, path: [0] } }]] }, true);
    } else {
      if (input.bip32Derivation?.some(([key]) => equalBytes(key, publicKey))) return;
      this.psbt.updateInput(index, { bip32Derivation: [[publicKey, { fingerprint, path: [0] }]] }, true);
    }
  }

  /** `wally_psbt_sign(psbt, key, EC_FLAG_GRIND_R)`: signs every input whose keypaths name this key. */
  signWithKey(privateKey: Uint8Array): void {
    const publicKey = secp256k1.getPublicKey(privateKey, true);
    const xonly = publicKey.subarray(1);
    for (let i = 0; i < this.psbt.inputsLength; i++) {
      const input = this.psbt.getInput(i);
      const utxo = previousOutput(input);
      const taproot = utxo !== undefined && isP2tr(utxo.script);
      const ecdsaKeypath = input.bip32Derivation?.some(([key]) => equalBytes(key, publicKey)) ?? false;
      const taprootKeypath = input.tapBip32Derivation?.some(([key]) => equalBytes(key, xonly)) ?? false;
      if (!ecdsaKeypath && !taprootKeypath) continue;
      if (ecdsaKeypath ? taproot : !taproot) {
        throw new Error(`PSBT input ${i}: a ${taproot ? 'taproot' : 'non-taproot'} input names the key in the wrong keypath map`);
      }
      if (!utxo) throw new Error(`PSBT input ${i} has no previous output to sign against`);
      if (taproot) this.signTaproot(i, privateKey);
      else this.signSegwitV0(i, privateKey, publicKey, utxo);
    }
  }

  /** The signed PSBT as libwally writes it: v0, and keyed entries in the order the request had them. */
  toBytes(): Uint8Array {
    return keepEntryOrder(this.original, this.psbt.toPSBT(0));
  }

  private signSegwitV0(index: number, privateKey: Uint8Array, publicKey: Uint8Array, utxo: { script: Uint8Array; amount: bigint }): void {
    const input = this.psbt.getInput(index);
    if (!input.witnessUtxo) throw new Error(`PSBT input ${index} is not a segwit input (no witness_utxo)`);
    const script = input.redeemScript ?? utxo.script;
    let scriptCode: Uint8Array;
    if (script.length === 22 && script[0] === 0x00 && script[1] === 0x14) {
      scriptCode = Uint8Array.from([0x76, 0xa9, 0x14, ...script.subarray(2), 0x88, 0xac]);
    } else if (script.length === 34 && script[0] === 0x00 && script[1] === 0x20) {
      if (!input.witnessScript || !equalBytes(p2wshScript(input.witnessScript), script)) {
        throw new Error(`PSBT input ${index}: P2WSH without its witness script`);
      }
      scriptCode = input.witnessScript;
    } else {
      throw new Error(`PSBT input ${index}: cannot sign scriptPubKey ${Buffer.from(script).toString('hex')}`);
    }
    const sighash = input.sighashType ?? SIGHASH_ALL;
    const hash = this.psbt.preimageWitnessV0(index, scriptCode, sighash, utxo.amount);
    const der = secp256k1.Signature.fromBytes(signHashWally(privateKey, hash)).toBytes('der');
    this.psbt.updateInput(index, { partialSig: [[publicKey, Uint8Array.from([...der, sighash])]] }, true);
  }

  private signTaproot(index: number, privateKey: Uint8Array): void {
    const input = this.psbt.getInput(index);
    const scripts: Uint8Array[] = [];
    const amounts: bigint[] = [];
    for (let i = 0; i < this.psbt.inputsLength; i++) {
      const utxo = previousOutput(this.psbt.getInput(i));
      if (!utxo) throw new Error(`PSBT input ${i} has no previous output, which a taproot signature commits to`);
      scripts.push(utxo.script);
      amounts.push(utxo.amount);
    }
    const sighash = input.sighashType ?? SIGHASH_DEFAULT;
    const hash = this.psbt.preimageWitnessV1(index, scripts, sighash, amounts);
    const tweaked = taprootTweakPrivKey(privateKey, input.tapMerkleRoot ?? new Uint8Array());
    const signature = schnorr.sign(hash, tweaked, new Uint8Array(32));
    const withType = sighash === SIGHASH_DEFAULT ? signature : Uint8Array.from([...signature, sighash]);
    this.psbt.updateInput(index, { tapKeySig: withType }, true);
  }
}

type PsbtInput = ReturnType<Transaction['getInput']>;

/** `utxo_from_input`: witness_utxo, else the spent output of the full previous transaction. */
function previousOutput(input: PsbtInput): { script: Uint8Array; amount: bigint } | undefined {
  if (input.witnessUtxo) return input.witnessUtxo;
  const output = input.nonWitnessUtxo?.outputs[input.index!];
  return output && { script: output.script, amount: output.amount };
}

function isP2tr(script: Uint8Array): boolean {
  return script.length === 34 && script[0] === 0x51 && script[1] === 0x20;
}

function reverse(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes).reverse();
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

// libwally keeps the entries of each PSBT map in insertion order (parsed ones first, added ones after),
// while @scure/btc-signer sorts entries of one key type by key (e.g. lightningd's proprietary
// `lightning` serial-id fields, which it writes subtype 2 before subtype 1). Both write the key types
// themselves in the same order, so putting each run of same-type entries back in the request's order
// (new entries last, as added) gives libwally's bytes. This touches the BIP174 framing only.

export interface RawEntry {
  readonly type: number;
  readonly key: Uint8Array;
  /** The whole entry as serialized: key length, key, value length, value. */
  readonly bytes: Uint8Array;
}

function readCompactSize(bytes: Uint8Array, at: number): [value: number, next: number] {
  const first = bytes[at];
  if (first === undefined) throw new Error('PSBT ends inside a compact size');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  if (first < 0xfd) return [first, at + 1];
  if (first === 0xfd) return [view.getUint16(at + 1, true), at + 3];
  if (first === 0xfe) return [view.getUint32(at + 1, true), at + 5];
  return [Number(view.getBigUint64(at + 1, true)), at + 9];
}

/** The maps of a PSBT (global, inputs, outputs, in order), each a list of entries. */
export function readMaps(psbt: Uint8Array): RawEntry[][] {
  const maps: RawEntry[][] = [];
  let at = 5; // "psbt" 0xff
  let current: RawEntry[] = [];
  while (at < psbt.length) {
    const start = at;
    const [keyLength, keyStart] = readCompactSize(psbt, at);
    if (keyLength === 0) {
      maps.push(current);
      current = [];
      at = keyStart;
      continue;
    }
    const key = psbt.subarray(keyStart, keyStart + keyLength);
    const [valueLength, valueStart] = readCompactSize(psbt, keyStart + keyLength);
    at = valueStart + valueLength;
    if (at > psbt.length) throw new Error('PSBT ends inside an entry');
    current.push({ type: readCompactSize(key, 0)[0], key, bytes: psbt.subarray(start, at) });
  }
  if (current.length > 0) throw new Error('PSBT ends inside a map');
  return maps;
}

/** A PSBT from its maps (the inverse of readMaps). */
export function writeMaps(maps: readonly (readonly RawEntry[])[]): Uint8Array {
  return concatAll([Uint8Array.of(0x70, 0x73, 0x62, 0x74, 0xff), ...maps.flatMap((entries) => [...entries.map((e) => e.bytes), Uint8Array.of(0)])]);
}

/** One entry of a PSBT map (key and value shorter than 253 bytes). */
export function rawEntry(key: Uint8Array, value: Uint8Array): RawEntry {
  if (key.length >= 0xfd || value.length >= 0xfd) throw new Error('rawEntry: key or value too long');
  return { type: key[0]!, key, bytes: Uint8Array.from([key.length, ...key, value.length, ...value]) };
}

function keepEntryOrder(original: Uint8Array, produced: Uint8Array): Uint8Array {
  const before = readMaps(original);
  const after = readMaps(produced);
  if (before.length !== after.length) return produced; // not the same structure: nothing to align
  const out: Uint8Array[] = [produced.subarray(0, 5)];
  after.forEach((entries, m) => {
    const position = (entry: RawEntry) => {
      const i = before[m]!.findIndex((old) => equalBytes(old.key, entry.key));
      return i < 0 ? Number.POSITIVE_INFINITY : i;
    };
    for (let start = 0; start < entries.length; ) {
      let end = start;
      while (end < entries.length && entries[end]!.type === entries[start]!.type) end++;
      const run = entries.slice(start, end).map((entry, i) => ({ entry, i, at: position(entry) }));
      run.sort((a, b) => (a.at === b.at ? a.i - b.i : a.at < b.at ? -1 : 1));
      for (const { entry } of run) out.push(entry.bytes);
      start = end;
    }
    out.push(Uint8Array.of(0));
  });
  return concatAll(out);
}

function concatAll(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
