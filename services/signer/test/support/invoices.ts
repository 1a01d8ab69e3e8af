// Builds the hrp and 5-bit data lightningd sends in hsmd_sign_invoice, for signer tests.
import { bech32 } from '@scure/base';

function tagged(tag: number, bytes: Uint8Array): number[] {
  const words = bech32.toWords(bytes);
  return [tag, words.length >> 5, words.length & 31, ...words];
}

export function unsignedInvoice(options: { hrp: string; description?: string; descriptionHash?: Uint8Array }): { hrp: Buffer; u5bytes: Buffer } {
  const timestamp = [0, 0, 0, 0, 0, 1, 2];
  const words = [
    ...timestamp,
    ...tagged(1, new Uint8Array(32).fill(9)), // p: payment hash
    ...tagged(16, new Uint8Array(32).fill(8)), // s: payment secret
    ...(options.description !== undefined ? tagged(13, Buffer.from(options.description)) : []),
    ...(options.descriptionHash ? tagged(23, options.descriptionHash) : []),
  ];
  return { hrp: Buffer.from(options.hrp), u5bytes: Buffer.from(words) };
}
