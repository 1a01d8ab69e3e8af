// Test double for the signer's part in registration: a node key that signs challenges.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { signedMessageDigest } from '@greenhouse/common';

export class TestNodeKey {
  readonly nodeId: Buffer;

  constructor(private readonly secret: Uint8Array = secp256k1.utils.randomSecretKey()) {
    this.nodeId = Buffer.from(secp256k1.getPublicKey(secret, true));
  }

  signChallenge = (challenge: Uint8Array): Uint8Array => secp256k1.sign(signedMessageDigest(challenge), this.secret, { prehash: false });
}
