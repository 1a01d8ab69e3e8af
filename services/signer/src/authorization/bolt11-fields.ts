import { bech32 } from '@scure/base';

/** What the signer needs to know about a BOLT11 invoice it is asked to sign. */
export interface InvoiceTerms {
  hrp: string;
  /** Absent for an any-amount invoice. */
  amountMsat?: bigint;
  description?: string;
  descriptionHash?: Buffer;
}

const HRP = /^ln(bcrt|bc|tbs|tb|sb)(\d+)?([munp])?$/;
/** Millisatoshi per unit of each BOLT11 multiplier (p is a tenth of a millisatoshi). */
const MSAT_PER = { m: 100_000_000n, u: 100_000n, n: 100n } as const;
const TIMESTAMP_WORDS = 7;
const TAG_PAYMENT_HASH = 1;
const TAG_DESCRIPTION = 13;
const TAG_DESCRIPTION_HASH = 23;

/** Reads amount and description from an invoice's hrp and 5-bit data (signature not included). */
export function invoiceTerms(hrp: string, words: Uint8Array): InvoiceTerms {
  const terms: InvoiceTerms = { hrp };
  const amount = hrpAmountMsat(hrp);
  if (amount !== undefined) terms.amountMsat = amount;
  for (let i = TIMESTAMP_WORDS; i + 3 <= words.length; ) {
    const tag = words[i]!;
    const length = words[i + 1]! * 32 + words[i + 2]!;
    const data = words.subarray(i + 3, i + 3 + length);
    if (tag === TAG_DESCRIPTION) terms.description = Buffer.from(wordsToBytes(data)).toString('utf8');
    if (tag === TAG_DESCRIPTION_HASH && length === 52) terms.descriptionHash = Buffer.from(wordsToBytes(data));
    i += 3 + length;
  }
  return terms;
}

export function hrpAmountMsat(hrp: string): bigint | undefined {
  const match = HRP.exec(hrp);
  if (!match) throw new Error(`"${hrp}" is not a BOLT11 human-readable part`);
  const [, , digits, multiplier] = match;
  if (!digits) return undefined;
  const amount = BigInt(digits);
  if (!multiplier) return amount * 100_000_000_000n;
  if (multiplier === 'p') return amount / 10n;
  return amount * MSAT_PER[multiplier as keyof typeof MSAT_PER];
}

/** The hrp and data words (signature removed) of an encoded invoice, for exact comparison. */
export function unsignedInvoiceParts(invoice: string): { hrp: string; words: Uint8Array } {
  const { prefix, words } = bech32.decode(invoice.toLowerCase().replace(/^lightning:/, '') as `${string}1${string}`, false);
  const SIGNATURE_WORDS = 104;
  return { hrp: prefix, words: Uint8Array.from(words.slice(0, words.length - SIGNATURE_WORDS)) };
}

/** What an invoice lightningd was asked to pay commits to: the payment hash and the amount. */
export interface PaymentTerms {
  /** Hex; undefined when the invoice does not parse. */
  paymentHash?: string;
  amountMsat?: bigint;
}

const BECH32_ALPHABET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** BOLT 12 invoice TLV types: invoice_amount, invoice_payment_hash. */
const BOLT12_INVOICE_AMOUNT = 170n;
const BOLT12_INVOICE_PAYMENT_HASH = 168n;

/**
 * The payment hash and amount of a BOLT11 (`ln…`) or BOLT12 (`lni1…`) invoice string, as
 * `preapprove_invoice` carries it. Nothing here checks signatures: lightningd parsed and checked the
 * invoice before asking, and a wrong hash only means no HTLC will match the approval.
 */
export function paymentTermsOf(invoice: string): PaymentTerms {
  const text = invoice.trim().toLowerCase().replace(/^lightning:/, '');
  try {
    return text.startsWith('lni1') ? bolt12InvoiceTerms(text) : bolt11PaymentTerms(text);
  } catch {
    return {};
  }
}

function bolt11PaymentTerms(invoice: string): PaymentTerms {
  const { hrp, words } = unsignedInvoiceParts(invoice);
  const terms: PaymentTerms = {};
  const amount = hrpAmountMsat(hrp);
  if (amount !== undefined) terms.amountMsat = amount;
  for (let i = TIMESTAMP_WORDS; i + 3 <= words.length; ) {
    const tag = words[i]!;
    const length = words[i + 1]! * 32 + words[i + 2]!;
    if (tag === TAG_PAYMENT_HASH && length === 52) terms.paymentHash = Buffer.from(wordsToBytes(words.subarray(i + 3, i + 3 + length))).toString('hex');
    i += 3 + length;
  }
  return terms;
}

/** BOLT 12 strings are bech32 without a checksum ('+' and whitespace may split them), a TLV stream. */
function bolt12InvoiceTerms(invoice: string): PaymentTerms {
  const data = invoice.replace(/\+\s*/g, '').slice('lni1'.length);
  const words = Uint8Array.from([...data].map((c) => {
    const value = BECH32_ALPHABET.indexOf(c);
    if (value < 0) throw new Error(`"${c}" is not a bech32 character`);
    return value;
  }));
  const bytes = wordsToBytes(words);
  const terms: PaymentTerms = {};
  let at = 0;
  const bigSize = (): bigint => {
    const prefix = bytes[at++]!;
    const width = prefix < 0xfd ? 0 : prefix === 0xfd ? 2 : prefix === 0xfe ? 4 : 8;
    if (width === 0) return BigInt(prefix);
    let value = 0n;
    for (let i = 0; i < width; i++) value = (value << 8n) | BigInt(bytes[at++]!);
    return value;
  };
  while (at < bytes.length) {
    const type = bigSize();
    const length = Number(bigSize());
    const value = bytes.subarray(at, at + length);
    if (value.length !== length) throw new Error('truncated TLV record');
    at += length;
    if (type === BOLT12_INVOICE_PAYMENT_HASH && length === 32) terms.paymentHash = Buffer.from(value).toString('hex');
    if (type === BOLT12_INVOICE_AMOUNT) terms.amountMsat = value.reduce((sum, byte) => (sum << 8n) | BigInt(byte), 0n);
  }
  return terms;
}

/** 5-bit groups MSB-first into bytes, dropping the incomplete tail (BOLT11 pads with zeros). */
function wordsToBytes(words: Uint8Array): Uint8Array {
  const bytes: number[] = [];
  let accumulator = 0;
  let bits = 0;
  for (const word of words) {
    accumulator = (accumulator << 5) | word;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((accumulator >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
