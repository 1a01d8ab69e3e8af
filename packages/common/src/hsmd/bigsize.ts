// BOLT 1 BigSize, used by TLV type and length fields (wire/bigsize.c).
import type { WireReader } from './reader.ts';
import type { WireWriter } from './writer.ts';

/** Reads a BigSize and refuses a non-minimal encoding, as BOLT 1 requires of TLV types and lengths. */
export function readBigSize(r: WireReader): bigint {
  const at = r.offset;
  const prefix = r.u8();
  let value: bigint;
  let minimum: bigint;
  if (prefix < 0xfd) return BigInt(prefix);
  if (prefix === 0xfd) {
    value = BigInt(r.u16());
    minimum = 0xfdn;
  } else if (prefix === 0xfe) {
    value = BigInt(r.u32());
    minimum = 0x1_0000n;
  } else {
    value = r.u64();
    minimum = 0x1_0000_0000n;
  }
  if (value < minimum) r.fail('invalid_tlv', `BigSize ${value} is not minimally encoded`, at);
  return value;
}

export function writeBigSize(w: WireWriter, value: bigint): void {
  if (value < 0xfdn) {
    w.u8(Number(value));
  } else if (value <= 0xffffn) {
    w.u8(0xfd);
    w.u16(Number(value));
  } else if (value <= 0xffff_ffffn) {
    w.u8(0xfe);
    w.u32(Number(value));
  } else {
    w.u8(0xff);
    w.u64(value);
  }
}
