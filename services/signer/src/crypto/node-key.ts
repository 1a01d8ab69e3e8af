// The node key (`node_key()` in CLN's hsmd/libhsmd.c): the identity key behind the node id,
// used for ECDH, gossip, invoices and signed messages.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { u32le, utf8 } from './bytes.ts';
import { rootSecretBytes, type RootSecret } from './hsm-secret.ts';

export interface NodeKey {
  readonly privateKey: Uint8Array;
  /** 33-byte compressed public key: the node id. */
  readonly nodeId: Uint8Array;
}

const NODE_ID_INFO = utf8('nodeid');

/**
 * HKDF-SHA256(ikm = S[0..32], salt = u32 LE counter from 0, info "nodeid"), retrying with the next
 * counter while the output is not a valid secret key (a ~2^-128 event). Only the first 32 bytes of
 * S are used, for 64-byte mnemonic secrets too. A 4-zero-byte salt equals an empty one in HMAC,
 * which is why Greenlight's "no salt" description gives the same key.
 */
export function deriveNodeKey(secret: RootSecret): NodeKey {
  const ikm = rootSecretBytes(secret).subarray(0, 32);
  for (let counter = 0; ; counter++) {
    const privateKey = hkdf(sha256, ikm, u32le(counter), NODE_ID_INFO, 32);
    if (secp256k1.utils.isValidSecretKey(privateKey)) {
      return { privateKey, nodeId: secp256k1.getPublicKey(privateKey, true) };
    }
  }
}
