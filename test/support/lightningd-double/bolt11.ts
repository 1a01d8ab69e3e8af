// A plain, valid BOLT #11 invoice for the lightningd TEST DOUBLE: lightningd's usual fields
// (payment hash, secret, description, expiry, min_final_cltv_expiry, features), signed through
// hsmd's sign_invoice like lightningd does, and a decoder for tests that recovers the payee.
import { createHash } from 'node:crypto';
import { bech32 } from '@scure/base';
import { secp256k1 } from '@noble/curves/secp256k1.js';

/** BOLT11 currency prefixes by CLN network name. */
const CURRENCY: Record<string, string> = { bitcoin: 'bc', testnet: 'tb', testnet4: 'tb', signet: 'tbs', regtest: 'bcrt' };
const MSAT_PER_BTC = 100_000_000_000n;
/** Multipliers, largest first: msat per unit (p is a tenth of a msat, so amounts are given in msat × 10). */
const MULTIPLIERS: [string, bigint][] = [
  ['m', 100_000_000n],
  ['u', 100_000n],
  ['n', 100n],
];
const TAG = { paymentHash: 1, description: 13, paymentSecret: 16, expiry: 6, minFinalCltv: 24, features: 5 } as const;
const SIGNATURE_WORDS = 104;

export interface InvoiceFields {
  network: string;
  /** Absent: an any-amount invoice. */
  amountMsat?: bigint;
  timestamp: number;
  paymentHash: Uint8Array;
  paymentSecret: Uint8Array;
  description: string;
  expiry: number;
  minFinalCltvExpiry: number;
}

/** The human-readable part: ln + currency + amount (in the largest unit that is exact). */
export function invoiceHrp(network: string, amountMsat?: bigint): string {
  const currency = CURRENCY[network];
  if (!currency) throw new Error(`no BOLT11 currency for network ${network}`);
  if (amountMsat === undefined) return `ln${currency}`;
  if (amountMsat % MSAT_PER_BTC === 0n) return `ln${currency}${amountMsat / MSAT_PER_BTC}`;
  for (const [unit, msat] of MULTIPLIERS) if (amountMsat % msat === 0n) return `ln${currency}${amountMsat / msat}${unit}`;
  return `ln${currency}${amountMsat * 10n}p`;
}

/** The data part without the signature, one 5-bit value per entry: what hsmd_sign_invoice signs. */
export function unsignedInvoiceWords(fields: InvoiceFields): number[] {
  const words = uintWords(BigInt(fields.timestamp), 7);
  const tagged = (tag: number, data: number[]) => {
    if (data.length >= 1024) throw new Error('tagged field too long');
    words.push(tag, data.length >> 5, data.length & 31, ...data);
  };
  tagged(TAG.paymentHash, bech32.toWords(fields.paymentHash));
  tagged(TAG.description, bech32.toWords(Buffer.from(fields.description, 'utf8')));
  tagged(TAG.paymentSecret, bech32.toWords(fields.paymentSecret));
  tagged(TAG.expiry, uintWords(BigInt(fields.expiry)));
  tagged(TAG.minFinalCltv, uintWords(BigInt(fields.minFinalCltvExpiry)));
  // var_onion_optin (8) and payment_secret (14) compulsory, basic_mpp (17) optional, as lightningd sets them.
  tagged(TAG.features, featureWords([8, 14, 17]));
  return words;
}

/** The invoice string: data words and hsmd's 65-byte recoverable signature (r‖s‖recid). */
export function encodeInvoice(hrp: string, words: number[], signature: Uint8Array, recid: number): string {
  const sigWords = bech32.toWords(Uint8Array.from([...signature, recid]));
  if (sigWords.length !== SIGNATURE_WORDS) throw new Error('a BOLT11 signature is 65 bytes');
  return bech32.encode(hrp, [...words, ...sigWords], false);
}

export interface DecodedInvoice {
  hrp: string;
  amountMsat?: bigint;
  timestamp: number;
  paymentHash: string;
  paymentSecret: string;
  description: string;
  expiry: number;
  /** The node that signed it, recovered from the signature (hex). */
  payee: string;
}

/** Decodes an invoice and recovers its payee from the signature (for tests). */
export function decodeInvoice(invoice: string): DecodedInvoice {
  const { prefix, words } = bech32.decode(invoice as `${string}1${string}`, false);
  const data = words.slice(0, words.length - SIGNATURE_WORDS);
  const signature = bech32.fromWords(words.slice(words.length - SIGNATURE_WORDS));
  const hash = createHash('sha256').update(prefix).update(packWords(data)).digest();
  const payee = Buffer.from(
    secp256k1.recoverPublicKey(Uint8Array.from([signature[64]!, ...signature.subarray(0, 64)]), hash, { prehash: false }),
  ).toString('hex');
  const decoded: DecodedInvoice = { hrp: prefix, timestamp: Number(wordsToUint(data.slice(0, 7))), paymentHash: '', paymentSecret: '', description: '', expiry: 3600, payee };
  const amount = /^ln[a-z]+?(\d+)([munp]?)$/.exec(prefix);
  if (amount) {
    const value = BigInt(amount[1]!);
    const unit = amount[2]!;
    decoded.amountMsat = unit === '' ? value * MSAT_PER_BTC : unit === 'p' ? value / 10n : value * MULTIPLIERS.find(([u]) => u === unit)![1];
  }
  for (let i = 7; i + 3 <= data.length; ) {
    const tag = data[i]!;
    const length = data[i + 1]! * 32 + data[i + 2]!;
    const field = data.slice(i + 3, i + 3 + length);
    if (tag === TAG.paymentHash) decoded.paymentHash = Buffer.from(bech32.fromWordsUnsafe(field) ?? []).toString('hex');
    if (tag === TAG.paymentSecret) decoded.paymentSecret = Buffer.from(bech32.fromWordsUnsafe(field) ?? []).toString('hex');
    if (tag === TAG.description) decoded.description = Buffer.from(packWords(field).subarray(0, Math.floor((field.length * 5) / 8))).toString('utf8');
    if (tag === TAG.expiry) decoded.expiry = Number(wordsToUint(field));
    i += 3 + length;
  }
  return decoded;
}

/** A big-endian unsigned integer in 5-bit words: `count` of them, or as few as it needs. */
function uintWords(value: bigint, count?: number): number[] {
  const words: number[] = [];
  for (let v = value; v > 0n; v >>= 5n) words.unshift(Number(v & 31n));
  if (count === undefined) return words.length ? words : [0];
  if (words.length > count) throw new Error(`${value} does not fit in ${count} words`);
  return [...new Array<number>(count - words.length).fill(0), ...words];
}

function wordsToUint(words: number[]): bigint {
  return words.reduce((value, word) => (value << 5n) | BigInt(word), 0n);
}

/** Feature bits as words, bit 0 in the last word's lowest bit. */
function featureWords(bits: number[]): number[] {
  const count = Math.floor(Math.max(...bits) / 5) + 1;
  const words = new Array<number>(count).fill(0);
  for (const bit of bits) words[count - 1 - Math.floor(bit / 5)]! |= 1 << bit % 5;
  return words;
}

/** 5-bit words packed MSB-first into bytes, the last one zero-padded (BOLT11's signing data). */
function packWords(words: number[]): Buffer {
  const out: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const word of words) {
    accumulator = ((accumulator << 5) | word) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((accumulator >> bits) & 0xff);
    }
  }
  if (bits > 0) out.push((accumulator << (8 - bits)) & 0xff);
  return Buffer.from(out);
}
