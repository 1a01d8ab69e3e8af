// Codecs for keys and signatures (bitcoin/pubkey.c, bitcoin/signature.c, wire/fromwire.c,
// common/bip32.c). Where CLN runs libsecp256k1's parser on decode, we apply the same check.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fixedBytes, type FieldCodec } from './primitives.ts';

const CURVE_ORDER = secp256k1.Point.CURVE().n;

/**
 * Points found valid lately, by their 33 bytes: decoding one is a square root in JavaScript (≈0.1 ms),
 * and the same keys come back request after request (a channel's funding key and basepoints, the
 * per-commitment point of the commitment being signed). Validity depends on the bytes alone.
 */
const validPoints = new Map<string, true>();
const VALID_POINTS_REMEMBERED = 1024;

function isValidCompressedPoint(bytes: Uint8Array): boolean {
  if (bytes.length !== 33 || (bytes[0] !== 0x02 && bytes[0] !== 0x03)) return false;
  const id = bytesToHex(bytes);
  if (validPoints.has(id)) return true;
  try {
    secp256k1.Point.fromBytes(bytes);
  } catch {
    return false;
  }
  validPoints.set(id, true);
  if (validPoints.size > VALID_POINTS_REMEMBERED) validPoints.delete(validPoints.keys().next().value!);
  return true;
}

/**
 * `pubkey`: 33-byte compressed point. fromwire_pubkey parses it with libsecp256k1 and fails on a point
 * that is not on the curve; towire_pubkey can only write a parsed point, so we check both ways.
 */
export const pubkey: FieldCodec<Uint8Array> = {
  read(r) {
    const at = r.offset;
    const bytes = r.bytes(33, 'pubkey');
    if (!isValidCompressedPoint(bytes)) r.fail('invalid_value', 'not a compressed secp256k1 point', at);
    return bytes;
  },
  write(w, v) {
    w.bytes(v, 33);
    if (!isValidCompressedPoint(v)) w.fail('invalid_value', 'not a compressed secp256k1 point');
  },
};

/**
 * `node_id`: 33 bytes. Unlike `pubkey`, fromwire_node_id copies them without any check (lightningd
 * validates ids where it needs to), so a proxy can carry any 33 bytes.
 */
export const nodeId: FieldCodec<Uint8Array> = fixedBytes(33);

function bytesToBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

/** secp256k1_ecdsa_signature_parse_compact refuses r or s ≥ the curve order (zero is accepted). */
function compactOverflows(signature: Uint8Array): boolean {
  return bytesToBigInt(signature.subarray(0, 32)) >= CURVE_ORDER || bytesToBigInt(signature.subarray(32, 64)) >= CURVE_ORDER;
}

/** `secp256k1_ecdsa_signature`: 64-byte compact r‖s. */
export const ecdsaSignature: FieldCodec<Uint8Array> = {
  read(r) {
    const at = r.offset;
    const signature = r.bytes(64, 'signature');
    if (compactOverflows(signature)) r.fail('invalid_value', 'compact signature has r or s ≥ the curve order', at);
    return signature;
  },
  write(w, v) {
    w.bytes(v, 64);
    if (compactOverflows(v)) w.fail('invalid_value', 'compact signature has r or s ≥ the curve order');
  },
};

export interface RecoverableSignature {
  /** Compact r‖s, 64 bytes. */
  readonly signature: Uint8Array;
  /** Recovery id 0..3. */
  readonly recid: number;
}

/** `secp256k1_ecdsa_recoverable_signature`: 64-byte compact r‖s, then u8 recovery id (0..3). */
export const recoverableSignature: FieldCodec<RecoverableSignature> = {
  read(r) {
    const signature = ecdsaSignature.read(r);
    const at = r.offset;
    const recid = r.u8();
    if (recid > 3) r.fail('invalid_value', `recovery id must be 0..3, got ${recid}`, at);
    return { signature, recid };
  },
  write(w, v) {
    ecdsaSignature.write(w, v.signature);
    if (v.recid > 3) w.fail('invalid_value', `recovery id must be 0..3, got ${v.recid}`);
    w.u8(v.recid);
  },
};

export const SIGHASH_ALL = 0x01;
export const SIGHASH_SINGLE_ANYONECANPAY = 0x83;

export interface BitcoinSignature {
  /** Compact r‖s, 64 bytes. */
  readonly signature: Uint8Array;
  /** SIGHASH_ALL (0x01) or SIGHASH_SINGLE|SIGHASH_ANYONECANPAY (0x83): the only two CLN accepts. */
  readonly sighash_type: number;
}

function sighashValid(type: number): boolean {
  return type === SIGHASH_ALL || type === SIGHASH_SINGLE_ANYONECANPAY;
}

/** `bitcoin_signature`: compact signature then u8 sighash type (sighash_type_valid). */
export const bitcoinSignature: FieldCodec<BitcoinSignature> = {
  read(r) {
    const signature = ecdsaSignature.read(r);
    const at = r.offset;
    const sighash_type = r.u8();
    if (!sighashValid(sighash_type)) {
      r.fail('invalid_value', `sighash type must be 0x01 or 0x83, got 0x${sighash_type.toString(16)}`, at);
    }
    return { signature, sighash_type };
  },
  write(w, v) {
    ecdsaSignature.write(w, v.signature);
    if (!sighashValid(v.sighash_type)) w.fail('invalid_value', `sighash type must be 0x01 or 0x83, got ${v.sighash_type}`);
    w.u8(v.sighash_type);
  },
};

/** `bip340sig`: 64 bytes, copied without checks. */
export const bip340Signature: FieldCodec<Uint8Array> = fixedBytes(64);

/**
 * `ext_key`: the 78-byte BIP32 serialization (version, depth, parent fingerprint, child number, chain
 * code, key). CLN additionally runs libwally's bip32_key_unserialize on it; we carry it as bytes.
 */
export const extKey: FieldCodec<Uint8Array> = fixedBytes(78);

export interface Bip32KeyVersion {
  /** e.g. 0x0488B21E (xpub) on mainnet, 0x043587CF (tpub) on test networks. */
  readonly pubkey_version: number;
  /** e.g. 0x0488ADE4 (xprv) on mainnet, 0x04358394 (tprv) on test networks. */
  readonly privkey_version: number;
}

/** `bip32_key_version`: u32 pubkey version then u32 privkey version. */
export const bip32KeyVersion: FieldCodec<Bip32KeyVersion> = {
  read: (r) => ({ pubkey_version: r.u32(), privkey_version: r.u32() }),
  write(w, v) {
    w.u32(v.pubkey_version);
    w.u32(v.privkey_version);
  },
};
