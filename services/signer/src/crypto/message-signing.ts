// Node-key message signatures: CLN's `signmessage` (hsmd `sign_message`, 23), Greenlight's
// registration challenge, and BIP137 wallet-key messages (hsmd `bip137_sign_message`, 45).
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { signRecoverable } from './ecdsa.ts';
import { utf8 } from './bytes.ts';
import type { NodeKey } from './node-key.ts';

// No separator and no length: the prefix only keeps these digests apart from gossip and invoices.
const LIGHTNING_MESSAGE_PREFIX = utf8('Lightning Signed Message:');
const BITCOIN_MESSAGE_PREFIX = utf8('\x18Bitcoin Signed Message:\n');

/** SHA256(SHA256("Lightning Signed Message:" ‖ message)). */
export function lightningMessageHash(message: Uint8Array): Uint8Array {
  return sha256(sha256.create().update(LIGHTNING_MESSAGE_PREFIX).update(message).digest());
}

/**
 * `hsmd_sign_message_reply.sig`: recoverable ECDSA (plain RFC6979) with the node key over
 * `lightningMessageHash`, as 64-byte r‖s then the recovery id. lightningd shows `signature` = the
 * first 64 bytes, `recid` = the last byte, and `zbase` = z-base-32 of (31 + recid) ‖ r‖s;
 * `checkmessage` recovers the node id from that.
 */
export function signMessage(nodeKey: NodeKey, message: Uint8Array): Uint8Array {
  return signRecoverable(nodeKey.privateKey, lightningMessageHash(message));
}

/**
 * Greenlight's registration/recovery proof (`Signer::sign_challenge`): the same digest and nonce as
 * `signMessage`, sent as 64-byte compact r‖s with the recovery id dropped.
 */
export function signChallenge(nodeKey: NodeKey, challenge: Uint8Array): Uint8Array {
  return secp256k1.sign(lightningMessageHash(challenge), nodeKey.privateKey, { prehash: false });
}

/** Bitcoin CompactSize length prefix (CLN's `varint_put`). */
function compactSize(length: number): Uint8Array {
  if (length < 0xfd) return Uint8Array.of(length);
  if (length <= 0xffff) return Uint8Array.of(0xfd, length & 0xff, length >>> 8);
  const out = new Uint8Array(5);
  out[0] = 0xfe;
  new DataView(out.buffer).setUint32(1, length, true);
  return out;
}

/** SHA256d("\x18Bitcoin Signed Message:\n" ‖ CompactSize(len) ‖ message), BIP137's digest. */
export function bip137MessageHash(message: Uint8Array): Uint8Array {
  const inner = sha256.create().update(BITCOIN_MESSAGE_PREFIX).update(compactSize(message.length)).update(message);
  return sha256(inner.digest());
}

/** `hsmd_bip137_sign_message_reply.sig` for the wallet key hsmd picks for `keyidx` (r‖s‖recid). */
export function signBip137Message(walletPrivateKey: Uint8Array, message: Uint8Array): Uint8Array {
  return signRecoverable(walletPrivateKey, bip137MessageHash(message));
}
