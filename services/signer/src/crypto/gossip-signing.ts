// BOLT #7 gossip signatures (hsmd `node_announcement_sig_req` 6, `channel_update_sig_req` 3,
// `sign_any_cannouncement_req` 4 / `cannouncement_sig_req` 2). All use `sign_hash` (low-R grinding)
// over SHA256d of everything after the signature field(s).
import { sha256 } from '@noble/hashes/sha2.js';
import { signHash } from './ecdsa.ts';
import type { NodeKey } from './node-key.ts';

const NODE_ANNOUNCEMENT = 257;
const CHANNEL_UPDATE = 258;
const CHANNEL_ANNOUNCEMENT = 256;
/** type (2) + signature (64) */
const SINGLE_SIGNATURE_OFFSET = 66;
/** type (2) + node_signature_1, node_signature_2, bitcoin_signature_1, bitcoin_signature_2 (4×64) */
const CHANNEL_ANNOUNCEMENT_OFFSET = 258;

function checkMessage(message: Uint8Array, type: number, minimumLength: number, name: string): void {
  if (message.length < minimumLength) throw new Error(`${name} too short`);
  if (((message[0]! << 8) | message[1]!) !== type) throw new Error(`not a ${name}`);
}

/** SHA256d of a gossip message from `offset` on (the part the signature(s) cover). */
export function gossipSigningHash(message: Uint8Array, offset: number): Uint8Array {
  return sha256(sha256(message.subarray(offset)));
}

/**
 * Signature for a node_announcement. `announcement` is the whole message as hsmd receives it:
 * 2-byte type 257, a 64-byte signature placeholder (ignored), then the signed fields.
 * Returns the 64-byte compact signature (`hsmd_node_announcement_sig_reply`).
 */
export function signNodeAnnouncement(nodeKey: NodeKey, announcement: Uint8Array): Uint8Array {
  checkMessage(announcement, NODE_ANNOUNCEMENT, SINGLE_SIGNATURE_OFFSET, 'node_announcement');
  return signHash(nodeKey.privateKey, gossipSigningHash(announcement, SINGLE_SIGNATURE_OFFSET));
}

/**
 * Signature for a channel_update (type 258, 64-byte placeholder, fields). Stock hsmd replies with the
 * whole update re-serialized from its parsed fields with this signature at bytes 2..66.
 */
export function signChannelUpdate(nodeKey: NodeKey, update: Uint8Array): Uint8Array {
  checkMessage(update, CHANNEL_UPDATE, SINGLE_SIGNATURE_OFFSET, 'channel_update');
  return signHash(nodeKey.privateKey, gossipSigningHash(update, SINGLE_SIGNATURE_OFFSET));
}

/**
 * Our two signatures on a channel_announcement (type 256, four 64-byte placeholders, fields):
 * node_signature with the node key, bitcoin_signature with the channel's funding key.
 */
export function signChannelAnnouncement(
  nodeKey: NodeKey,
  fundingPrivateKey: Uint8Array,
  announcement: Uint8Array,
): { nodeSignature: Uint8Array; bitcoinSignature: Uint8Array } {
  checkMessage(announcement, CHANNEL_ANNOUNCEMENT, CHANNEL_ANNOUNCEMENT_OFFSET, 'channel_announcement');
  const hash = gossipSigningHash(announcement, CHANNEL_ANNOUNCEMENT_OFFSET);
  return { nodeSignature: signHash(nodeKey.privateKey, hash), bitcoinSignature: signHash(fundingPrivateKey, hash) };
}
