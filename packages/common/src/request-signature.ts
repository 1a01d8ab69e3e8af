import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { Metadata } from '@grpc/grpc-js';

/**
 * Greenlight's per-call device signature (gl-client `AuthService`, research/greenlight.md §4.4):
 * the device's P-256 key signs the gRPC body frame (5-byte prefix included) followed by the
 * big-endian millisecond timestamp; four metadata headers carry it.
 */
export const AUTH_HEADERS = {
  pubkey: 'glauthpubkey',
  signature: 'glauthsig',
  timestamp: 'glts',
  rune: 'glrune',
} as const;

export interface RequestAuth {
  /** SEC1 uncompressed P-256 device key, 65 bytes. */
  pubkey: Buffer;
  /** Fixed-size r‖s, 64 bytes. */
  signature: Buffer;
  /** Milliseconds since the Unix epoch; 0 when the client sent none. */
  timestampMs: bigint;
  /** The rune text as stored in the device's creds (base64url). */
  rune: string;
}

/** The gRPC length-prefixed frame of a message: no compression, u32be length, bytes. */
export function grpcFrame(message: Uint8Array): Buffer {
  const frame = Buffer.alloc(5 + message.length);
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, 5);
  return frame;
}

function signedBytes(frame: Uint8Array, timestampMs: bigint): Buffer {
  if (timestampMs === 0n) return Buffer.from(frame);
  const timestamp = Buffer.alloc(8);
  timestamp.writeBigUInt64BE(timestampMs);
  return Buffer.concat([frame, timestamp]);
}

export function signRequest(devicePrivateKeyPem: string | KeyObject, frame: Uint8Array, timestampMs: bigint): { pubkey: Buffer; signature: Buffer } {
  const key = typeof devicePrivateKeyPem === 'string' ? createPrivateKey(devicePrivateKeyPem) : devicePrivateKeyPem;
  const signature = sign('sha256', signedBytes(frame, timestampMs), { key, dsaEncoding: 'ieee-p1363' });
  return { pubkey: uncompressedPublicKey(key), signature };
}

export function verifyRequestSignature(auth: Pick<RequestAuth, 'pubkey' | 'signature' | 'timestampMs'>, frame: Uint8Array): boolean {
  return verifyDeviceSignature(auth.pubkey, auth.signature, signedBytes(frame, auth.timestampMs));
}

/**
 * A device key's P-256/SHA-256 signature, fixed 64-byte r‖s, over `message`; false for a key that
 * is not a 65-byte uncompressed P-256 point or a signature of the wrong size.
 */
export function verifyDeviceSignature(pubkey: Uint8Array, signature: Uint8Array, message: Uint8Array): boolean {
  if (pubkey.length !== 65 || pubkey[0] !== 0x04 || signature.length !== 64) return false;
  const key = devicePublicKey(Buffer.from(pubkey));
  if (!key) return false;
  return verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, signature);
}

/** A node has few devices and each signs many calls: building the key costs as much as verifying. */
const deviceKeys = new Map<string, KeyObject>();
const MAX_CACHED_DEVICE_KEYS = 1024;

function devicePublicKey(pubkey: Buffer): KeyObject | undefined {
  const id = pubkey.toString('hex');
  let key = deviceKeys.get(id);
  if (!key) {
    try {
      key = createPublicKey({
        key: { kty: 'EC', crv: 'P-256', x: pubkey.subarray(1, 33).toString('base64url'), y: pubkey.subarray(33).toString('base64url') },
        format: 'jwk',
      });
    } catch {
      return undefined; // not a point on P-256
    }
    if (deviceKeys.size >= MAX_CACHED_DEVICE_KEYS) deviceKeys.delete(deviceKeys.keys().next().value!);
    deviceKeys.set(id, key);
  }
  return key;
}

/** The 65-byte SEC1 uncompressed public key of a P-256 key (private or public). */
export function uncompressedPublicKey(key: KeyObject): Buffer {
  const jwk = (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'jwk' });
  return Buffer.concat([Buffer.from([0x04]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
}

const noPad = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

export function authMetadata(auth: RequestAuth, metadata = new Metadata()): Metadata {
  const timestamp = Buffer.alloc(8);
  timestamp.writeBigUInt64BE(auth.timestampMs);
  metadata.set(AUTH_HEADERS.pubkey, noPad(auth.pubkey));
  metadata.set(AUTH_HEADERS.signature, noPad(auth.signature));
  metadata.set(AUTH_HEADERS.timestamp, noPad(timestamp));
  metadata.set(AUTH_HEADERS.rune, auth.rune);
  return metadata;
}

/**
 * Reads the four headers; undefined when pubkey, signature or rune is missing, as gl-plugin
 * forwards such calls without a signing context. A missing or malformed `glts` means timestamp 0.
 */
export function readAuthMetadata(metadata: Metadata): RequestAuth | undefined {
  const text = (name: string) => {
    const value = metadata.get(name)[0];
    return typeof value === 'string' ? value : value?.toString('utf8');
  };
  const pubkey = decodeNoPad(text(AUTH_HEADERS.pubkey));
  const signature = decodeNoPad(text(AUTH_HEADERS.signature));
  const rune = text(AUTH_HEADERS.rune);
  if (!pubkey || !signature || !rune) return undefined;
  const timestamp = decodeNoPad(text(AUTH_HEADERS.timestamp));
  const timestampMs = timestamp?.length === 8 ? timestamp.readBigUInt64BE() : 0n;
  return { pubkey, signature, timestampMs, rune };
}

/** Standard base64 without padding, strictly: padded or non-base64 input is not accepted. */
function decodeNoPad(value: string | undefined): Buffer | undefined {
  if (!value || !/^[A-Za-z0-9+/]*$/.test(value) || value.length % 4 === 1) return undefined;
  return Buffer.from(value, 'base64');
}
