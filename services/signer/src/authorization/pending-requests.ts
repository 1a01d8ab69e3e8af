import { createHash } from 'node:crypto';
import { loadProtos, verifyRequestSignature } from '@greenhouse/common';
import { Rune, verifyGreenlightRune, type MasterRune } from '@greenhouse/common/runes';
import type { PendingRequest__Output } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import type { MethodDefinition } from '@grpc/proto-loader';

/** A client call the signer may rely on: signed by a device, allowed by its rune, recent, decoded. */
export interface AuthorizedCall {
  service: 'cln.Node' | 'greenlight.Node';
  /** The gRPC method name as called, e.g. `CreateInvoice`. */
  method: string;
  request: Record<string, unknown>;
  /** The device key that signed it (65-byte uncompressed P-256). */
  pubkey: Buffer;
  timestampMs: bigint;
}

export interface RefusedCall {
  uri: string;
  reason: string;
}

export interface AuthorizationOptions {
  master: MasterRune;
  now: number;
  /** How old a signed call may be. Upstream has no freshness check; we do. */
  maxAgeMs: number;
  /** How far in the future a timestamp may lie (clock skew). */
  maxSkewMs: number;
}

const SERVICES = new Set(['cln.Node', 'greenlight.Node']);

/**
 * Calls whose device signature verified and whose body decoded, by a digest of everything those two
 * checks read (uri, key, signature, timestamp, body): the node attaches the same pending calls to
 * request after request (a SendPay stays pending while its payment's commitments are signed), and
 * each check costs ≈0.1 ms. What depends on the moment — the age, the rune (its time restrictions)
 * — is checked every time. Refusals are not remembered.
 */
const verifiedCalls = new Map<string, Record<string, unknown>>();
const VERIFIED_CALLS_REMEMBERED = 1024;

function callDigest(call: PendingRequest__Output): string {
  const hash = createHash('sha256');
  for (const part of [Buffer.from(call.uri), call.pubkey, call.signature, Buffer.from(String(call.timestamp)), call.request]) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(part.length);
    hash.update(length).update(part);
  }
  return hash.digest('hex');
}

/**
 * Checks every pending call the node attached to an hsmd request: the device's P-256 signature
 * over body ‖ timestamp, the timestamp's age, the rune (against the method and the signing key),
 * and that the body decodes as that method's request. Each refusal keeps its reason.
 */
export function authorizePendingRequests(
  pending: PendingRequest__Output[],
  options: AuthorizationOptions,
): { authorized: AuthorizedCall[]; refused: RefusedCall[] } {
  const authorized: AuthorizedCall[] = [];
  const refused: RefusedCall[] = [];
  for (const call of pending) {
    const outcome = authorizeOne(call, options);
    if (typeof outcome === 'string') refused.push({ uri: call.uri, reason: outcome });
    else authorized.push(outcome);
  }
  return { authorized, refused };
}

function authorizeOne(call: PendingRequest__Output, options: AuthorizationOptions): AuthorizedCall | string {
  const [, service, method, ...rest] = call.uri.split('/');
  if (!service || !method || rest.length > 0 || !SERVICES.has(service)) {
    return `"${call.uri}" is not a cln.Node or greenlight.Node method`;
  }
  if (call.pubkey.length === 0 || call.signature.length === 0 || call.rune.length === 0) {
    return 'the call carries no device signature and rune';
  }
  const timestampMs = BigInt(call.timestamp);
  const digest = callDigest(call);
  const remembered = verifiedCalls.get(digest);
  if (!remembered && !verifyRequestSignature({ pubkey: call.pubkey, signature: call.signature, timestampMs }, call.request)) {
    return 'the device signature does not verify over the request';
  }
  const age = options.now - Number(timestampMs);
  if (timestampMs === 0n) return 'the call has no timestamp, so its freshness cannot be checked';
  // Configure(close_to_addr) is a standing setting the node keeps and attaches (as Greenlight does),
  // not a one-off call: it stays valid however old it is.
  const standing = service === 'greenlight.Node' && method === 'Configure';
  if (age > options.maxAgeMs && !standing) {
    return `the call was signed ${Math.round(age / 1000)} s ago, outside the ${Math.round(options.maxAgeMs / 1000)} s window`;
  }
  if (-age > options.maxSkewMs) return `the call's timestamp is ${Math.round(-age / 1000)} s in the future`;

  let rune: Rune;
  try {
    rune = Rune.fromBytes(call.rune);
  } catch (error) {
    return `the rune does not decode: ${(error as Error).message}`;
  }
  const check = verifyGreenlightRune(options.master, rune, { method, pubkey: call.pubkey, now: new Date(options.now) });
  if (!check.ok) return `the rune does not allow it: ${check.reason}`;

  const request = remembered ?? decodeBody(service, method, call.request);
  if (typeof request === 'string') return request;
  verifiedCalls.delete(digest);
  verifiedCalls.set(digest, request);
  if (verifiedCalls.size > VERIFIED_CALLS_REMEMBERED) verifiedCalls.delete(verifiedCalls.keys().next().value!);
  return { service: service as AuthorizedCall['service'], method, request, pubkey: call.pubkey, timestampMs };
}

function decodeBody(service: string, method: string, frame: Buffer): Record<string, unknown> | string {
  if (frame.length < 5 || frame[0] !== 0) return 'the request body is compressed or not a gRPC frame';
  if (frame.readUInt32BE(1) !== frame.length - 5) return 'the request frame length does not match its body';
  const definition = (loadProtos().definition[service] as Record<string, MethodDefinition<object, object>> | undefined)?.[method];
  if (!definition) return `${service}/${method} is not a known method`;
  try {
    return definition.requestDeserialize(frame.subarray(5)) as Record<string, unknown>;
  } catch (error) {
    return `the request body is not a valid ${method} request: ${(error as Error).message}`;
  }
}
