import { X509Certificate } from 'node:crypto';
import type { PeerCertificate } from 'node:tls';
import type { ServerSurfaceCall } from '@grpc/grpc-js/build/src/server-call.js';
import { invalidArgument, permissionDenied, unauthenticated } from './errors.ts';

/** Who is calling, as proven by the verified TLS client certificate. */
export type CallerIdentity =
  | { kind: 'nobody' }
  | { kind: 'device'; nodeId: Buffer; device: string }
  | { kind: 'service'; service: string };

export const NODE_ID_LENGTH = 33;
const NODE_ID_HEX = /^0[23][0-9a-f]{64}$/;
/** Device names end up in certificate subjects and logs: keep them short and unambiguous. */
const DEVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/;

export function userCommonName(nodeId: Buffer): string {
  return `GL /users/${nodeId.toString('hex')}`;
}

export function deviceCommonName(nodeId: Buffer, device: string): string {
  return `/users/${nodeId.toString('hex')}/${device}`;
}

export function isValidDeviceName(device: string): boolean {
  return DEVICE_NAME.test(device);
}

/**
 * Greenlight's rule (`get_node_id_from_tls_config`): split the CN on '/', part 1 must be "users",
 * part 2 is the node id (or "nobody"). Both `/users/<id>/<dev>` and `GL /users/<id>/...` match.
 */
export function identityFromCommonName(commonName: string): CallerIdentity | undefined {
  const parts = commonName.split('/');
  if (parts.length === 3 && parts[1] === 'users' && parts[2] === 'nobody') return { kind: 'nobody' };
  if (parts.length === 3 && parts[1] === 'services' && parts[2]) return { kind: 'service', service: parts[2] };
  if (parts.length === 4 && parts[1] === 'users' && NODE_ID_HEX.test(parts[2]!) && parts[3]) {
    return { kind: 'device', nodeId: Buffer.from(parts[2]!, 'hex'), device: parts[3] };
  }
  return undefined;
}

/**
 * The caller's identity from the leaf certificate the TLS layer verified against our root.
 * A device certificate must also have been issued by its node's own CA, so a certificate from
 * one user's tree can never speak for another node.
 */
export function identityFromPeerCertificate(cert: PeerCertificate | undefined): CallerIdentity {
  const commonName = firstValue(cert?.subject?.CN);
  if (!cert || !commonName) throw unauthenticated('a client certificate is required');
  const identity = identityFromCommonName(commonName);
  if (!identity) throw permissionDenied(`certificate CN "${commonName}" is not a Greenhouse identity`);
  if (identity.kind === 'device') {
    const issuer = firstValue(cert.issuer?.CN);
    if (issuer !== userCommonName(identity.nodeId)) {
      throw permissionDenied(`device certificate for node ${identity.nodeId.toString('hex')} was not issued by that node's CA`);
    }
  }
  return identity;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

/** Identities by TLS connection: its verified client certificate cannot change while it is open. */
const identitiesByConnection = new WeakMap<object, CallerIdentity>();

export function callerIdentity(call: Pick<ServerSurfaceCall, 'getAuthContext'>): CallerIdentity {
  const connection = connectionOf(call);
  const known = connection && identitiesByConnection.get(connection);
  if (known) return known;
  // getAuthContext rebuilds the peer certificate object on every call (a tenth of a millisecond,
  // as much as a whole signer round trip's staging): read it once per connection.
  const identity = identityFromPeerCertificate(call.getAuthContext()?.sslPeerCertificate);
  if (connection) identitiesByConnection.set(connection, identity);
  return identity;
}

const keysByConnection = new WeakMap<object, Buffer>();

/**
 * SEC1 uncompressed P-256 key of the verified client certificate (what gl-client sends as
 * glauthpubkey), read once per connection; undefined without one or for another key type.
 */
export function callerPublicKey(call: Pick<ServerSurfaceCall, 'getAuthContext'>): Buffer | undefined {
  const connection = connectionOf(call);
  const known = connection && keysByConnection.get(connection);
  if (known) return known;
  const peer = call.getAuthContext()?.sslPeerCertificate;
  if (!peer?.raw) return undefined;
  let key: Buffer | undefined = peer.pubkey?.length === 65 && peer.pubkey[0] === 0x04 ? Buffer.from(peer.pubkey) : undefined;
  if (!key) {
    const publicKey = new X509Certificate(peer.raw).publicKey;
    if (publicKey.asymmetricKeyType !== 'ec') return undefined;
    const jwk = publicKey.export({ format: 'jwk' });
    if (jwk.crv !== 'P-256' || !jwk.x || !jwk.y) return undefined;
    key = Buffer.concat([Buffer.from([0x04]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  }
  if (connection) keysByConnection.set(connection, key);
  return key;
}

/**
 * The HTTP/2 session (one TLS connection) a grpc-js server call runs on, reached through grpc-js
 * internals (its call → intercepting calls → the base call's stream). Only a cache key: when a
 * grpc-js version hides it, every call reads the certificate again.
 */
function connectionOf(call: object): object | undefined {
  type Link = { call?: Link; nextCall?: Link; stream?: { session?: object } };
  let link = (call as Link).call;
  for (let depth = 0; link && depth < 8; depth += 1) {
    if (link.stream) return link.stream.session ?? undefined;
    link = link.nextCall;
  }
  return undefined;
}

/** A node id field of a request: exactly 33 bytes of a compressed secp256k1 point. */
export function parseNodeId(value: Uint8Array | undefined, field = 'node_id'): Buffer {
  const bytes = Buffer.from(value ?? []);
  if (bytes.length !== NODE_ID_LENGTH || (bytes[0] !== 2 && bytes[0] !== 3)) {
    throw invalidArgument(
      `${field} must be a 33-byte compressed secp256k1 public key (02 or 03 prefix), got ${bytes.length} bytes`,
    );
  }
  return bytes;
}

/** Device calls act on the caller's own node; a request that names another node is refused. */
export function requireDeviceOf(identity: CallerIdentity, requestedNodeId?: Uint8Array): Buffer {
  if (identity.kind !== 'device') {
    throw permissionDenied(`this call needs a device certificate of the node; the ${identity.kind} identity may not make it`);
  }
  if (requestedNodeId && requestedNodeId.length > 0 && !identity.nodeId.equals(Buffer.from(requestedNodeId))) {
    throw permissionDenied(
      `your certificate belongs to node ${identity.nodeId.toString('hex')} and cannot act on node ${Buffer.from(requestedNodeId).toString('hex')}`,
    );
  }
  return identity.nodeId;
}
