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
