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

  constructor(psbt: Uint8Array) {
    this.psbt = Transaction.fromPSBT(psbt, TX_OPTIONS);
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

  toBytes(): Uint8Array {
    return this.psbt.toPSBT(0);
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
