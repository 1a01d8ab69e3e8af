// BOLT #11 invoice signatures (hsmd `sign_invoice`, 8; common/hash_u5.c).
import { sha256 } from '@noble/hashes/sha2.js';
import { signRecoverable } from './ecdsa.ts';
import { utf8 } from './bytes.ts';
import type { NodeKey } from './node-key.ts';

/**
 * SHA256(hrp ‖ data packed 5→8 bits MSB-first, zero-padded to a byte), BOLT #11's signing hash.
 * `u5data` holds one 5-bit value per byte: the bech32 data part without the signature. A byte hrp
 * is cut at its first NUL, as hsmd's `strlen` does. Values above 31 are refused: lightningd never
 * sends them, and hsmd would silently mix their high bits into neighbouring groups.
 */
export function invoiceSigningHash(hrp: string | Uint8Array, u5data: Uint8Array): Uint8Array {
  let hrpBytes = typeof hrp === 'string' ? utf8(hrp) : hrp;
  const nul = hrpBytes.indexOf(0);
  if (nul >= 0) hrpBytes = hrpBytes.subarray(0, nul);

  const packed = new Uint8Array(Math.ceil((u5data.length * 5) / 8));
  let accumulator = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < u5data.length; i++) {
    const value = u5data[i]!;
    if (value > 31) throw new RangeError(`invoice data byte ${i} is ${value}, not a 5-bit value`);
    accumulator = ((accumulator << 5) | value) & 0xfff; // at most 12 live bits
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      packed[out++] = (accumulator >>> bits) & 0xff;
    }
  }
  if (bits > 0) packed[out] = (accumulator << (8 - bits)) & 0xff;
  return sha256.create().update(hrpBytes).update(packed).digest();
}

/**
 * `hsmd_sign_invoice_reply.sig`: recoverable ECDSA (plain RFC6979) with the node key, as r‖s then
 * the recovery id — the 65 bytes lightningd appends to the invoice as 104 5-bit words.
 */
export function signInvoice(nodeKey: NodeKey, hrp: string | Uint8Array, u5data: Uint8Array): Uint8Array {
  return signRecoverable(nodeKey.privateKey, invoiceSigningHash(hrp, u5data));
}
