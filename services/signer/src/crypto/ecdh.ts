// ECDH with the node key (hsmd `ecdh_req`, 1): BOLT #8 handshakes and BOLT #4 onion layers.
import { assertLength } from './bytes.ts';
import { ecdhSha256 } from './libsecp256k1.ts';
import type { NodeKey } from './node-key.ts';

/**
 * libsecp256k1's default `secp256k1_ecdh`: SHA256 of the compressed shared point
 * (0x02/0x03 by y parity ‖ x). An invalid point throws, as hsmd refuses the request.
 */
export function ecdh(nodeKey: NodeKey, publicKey: Uint8Array): Uint8Array {
  assertLength(publicKey, 33, 'public key');
  return ecdhSha256(nodeKey.privateKey, publicKey);
}
