// proto `bytes` ↔ CLN's hex strings (pubkey, secret, hash, txid, hex). txids keep the JSON string's byte order:
// cln-grpc does not reverse them, and Greenlight clients expect the same bytes.
import { ClnMappingError } from './errors.ts';

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

/**
 * A proto-loader bytes value: Buffer/Uint8Array, or (as protobufjs' fromObject reads it) a base64 string.
 */
export function bytesFromProto(value: unknown): Buffer {
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'string') return Buffer.from(value, 'base64');
  if (Array.isArray(value) && value.every((byte) => Number.isInteger(byte) && byte >= 0 && byte <= 255)) return Buffer.from(value as number[]);
  throw new ClnMappingError(`expected bytes (Buffer or Uint8Array), got ${describe(value)}`);
}

export function bytesToHex(value: unknown): string {
  return bytesFromProto(value).toString('hex');
}

/** Strict: Buffer.from(hex) would silently drop a bad tail, turning a broken value into a wrong one. */
export function hexToBytes(value: unknown): Buffer {
  if (typeof value !== 'string' || !HEX.test(value)) throw new ClnMappingError(`expected a hex string, got ${describe(value)}`);
  return Buffer.from(value, 'hex');
}

/** The type of a value, for error messages that must not quote it. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string in another format';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
