import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { signedMessageDigest, verifySignedMessage } from '../src/lightning-message.ts';

// research/greenlight.md §12: seed 00×32, node secret = HKDF-SHA256(seed, ∅, "nodeid").
const NODE_ID = Buffer.from('02058e8b6c2ad363ec59aa136429256d745164c2bdc87f98f0a68690ec2c5c9b0b', 'hex');
const CHALLENGE = Buffer.alloc(32);
const SIGNATURE = Buffer.from(
  'cdd553f30964056a855556b2d4635c6f8872fdc145de0dd336020886a56377a1' +
    '50f70a2a8bc428fabe9be87ede610999af8a14a64f7e9ef73836d78e59d28d92',
  'hex',
);

describe('Lightning signed messages (registration challenges)', () => {
  it('verifies the Greenlight sign_challenge vector', () => {
    expect(verifySignedMessage(CHALLENGE, SIGNATURE, NODE_ID)).toBe(true);
  });

  it('matches the vector when signing with the derived node key (RFC6979, low-S)', () => {
    const secret = hkdf(sha256, new Uint8Array(32), new Uint8Array(0), new TextEncoder().encode('nodeid'), 32);
    expect(Buffer.from(secp256k1.getPublicKey(secret, true))).toEqual(NODE_ID);
    const signature = secp256k1.sign(signedMessageDigest(CHALLENGE), secret, { prehash: false });
    expect(Buffer.from(signature)).toEqual(SIGNATURE);
  });

  it('refuses a signature over another challenge, by another key, or malformed', () => {
    const otherChallenge = Buffer.alloc(32, 1);
    expect(verifySignedMessage(otherChallenge, SIGNATURE, NODE_ID)).toBe(false);
    const otherKey = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true);
    expect(verifySignedMessage(CHALLENGE, SIGNATURE, otherKey)).toBe(false);
    expect(verifySignedMessage(CHALLENGE, SIGNATURE.subarray(0, 63), NODE_ID)).toBe(false);
    const notAPoint = Buffer.concat([Buffer.from([0x02]), Buffer.alloc(32, 0xff)]);
    expect(verifySignedMessage(CHALLENGE, SIGNATURE, notAPoint)).toBe(false);
  });
});
