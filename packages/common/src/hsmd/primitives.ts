// Codecs for CLN's basic wire types (wire/fromwire.c, wire/towire.c). Each reads exactly what CLN's
// fromwire_<type> reads and refuses what it refuses; each writes what towire_<type> writes.
import type { WireReader } from './reader.ts';
import type { WireWriter } from './writer.ts';

/** Reads and writes one value of a CSV field type. */
export interface FieldCodec<T> {
  read(reader: WireReader): T;
  write(writer: WireWriter, value: T): void;
}

export const u8: FieldCodec<number> = { read: (r) => r.u8(), write: (w, v) => w.u8(v) };
export const u16: FieldCodec<number> = { read: (r) => r.u16(), write: (w, v) => w.u16(v) };
export const u32: FieldCodec<number> = { read: (r) => r.u32(), write: (w, v) => w.u32(v) };
/** u64 is a bigint: dbids, commitment numbers and msat amounts exceed 2^53. */
export const u64: FieldCodec<bigint> = { read: (r) => r.u64(), write: (w, v) => w.u64(v) };

/** One byte, 0 or 1; fromwire_bool fails on anything else. */
export const bool: FieldCodec<boolean> = {
  read(r) {
    const at = r.offset;
    const byte = r.u8();
    if (byte > 1) r.fail('invalid_value', `bool must be 0 or 1, got ${byte}`, at);
    return byte === 1;
  },
  write(w, v) {
    if (typeof v !== 'boolean') w.fail('invalid_value', `expected a boolean, got ${typeof v}`);
    w.u8(v ? 1 : 0);
  },
};

/** `enum side` (common/htlc_wire.c): u8, LOCAL = 0, REMOTE = 1; anything ≥ 2 fails. */
export const side: FieldCodec<number> = {
  read(r) {
    const at = r.offset;
    const value = r.u8();
    if (value > 1) r.fail('invalid_value', `side must be 0 (LOCAL) or 1 (REMOTE), got ${value}`, at);
    return value;
  },
  write(w, v) {
    if (v !== 0 && v !== 1) w.fail('invalid_value', `side must be 0 (LOCAL) or 1 (REMOTE), got ${String(v)}`);
    w.u8(v);
  },
};

/** A fixed-size byte string CLN copies without checking (node_id, secret, sha256, txid, …). */
export function fixedBytes(length: number): FieldCodec<Uint8Array> {
  return {
    read: (r) => r.bytes(length, `${length}-byte value`),
    write: (w, v) => w.bytes(v, length),
  };
}

/** `u16 len ‖ len bytes` (e.g. channel_type's feature bits); zero length is allowed. */
export const u16Bytes: FieldCodec<Uint8Array> = {
  read: (r) => r.bytes(r.u16()),
  write(w, v) {
    if (!(v instanceof Uint8Array)) w.fail('invalid_value', `expected bytes, got ${typeof v}`);
    if (v.length > 0xffff) w.fail('invalid_length', `at most 65535 bytes fit a u16 length, got ${v.length}`);
    w.u16(v.length);
    w.bytes(v);
  },
};

const NUL = 0x00;
const SPACE = 0x20;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/**
 * `wirestring`: the bytes of a C string including its terminating NUL. fromwire_wirestring refuses
 * control characters (bytes below 0x20) before the NUL and a missing NUL. CLN does not check UTF-8;
 * we decode to a JS string and so refuse invalid UTF-8 too (every string in the catalogue is ASCII).
 */
export const wirestring: FieldCodec<string> = {
  read(r) {
    const start = r.offset;
    const end = r.indexOf(NUL);
    if (end < 0) r.fail('truncated', 'wirestring has no terminating NUL byte', start);
    const text = r.bytes(end - start, 'wirestring');
    r.u8(); // the NUL
    const control = text.findIndex((byte) => byte < SPACE);
    if (control >= 0) {
      r.fail('invalid_value', `wirestring has control character 0x${text[control]!.toString(16).padStart(2, '0')}`, start + control);
    }
    try {
      return utf8.decode(text);
    } catch {
      return r.fail('invalid_value', 'wirestring is not valid UTF-8', start);
    }
  },
  write(w, v) {
    if (typeof v !== 'string') w.fail('invalid_value', `expected a string, got ${typeof v}`);
    const text = utf8Encoder.encode(v);
    const control = text.findIndex((byte) => byte < SPACE);
    if (control >= 0) {
      w.fail('invalid_value', `wirestring cannot hold NUL or control characters (CLN refuses them), found one at index ${control}`);
    }
    w.bytes(text);
    w.u8(NUL);
  },
};
