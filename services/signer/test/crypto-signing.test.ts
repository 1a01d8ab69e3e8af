import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bech32 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { bolt12AliasSigningKey, bolt12Sighash, bolt12SigningKey, schnorrPublicKey, signSchnorr } from '../src/crypto/bolt12.ts';
import { deriveSecret, deriveSecretsBase } from '../src/crypto/derived-secret.ts';
import { recoverPublicKey, signHash, signHashPlain, signRecoverable, verifyHash } from '../src/crypto/ecdsa.ts';
import { ecdh } from '../src/crypto/ecdh.ts';
import { gossipSigningHash, signChannelAnnouncement, signChannelUpdate, signNodeAnnouncement } from '../src/crypto/gossip-signing.ts';
import { invoiceSigningHash, signInvoice } from '../src/crypto/invoice-signing.ts';
import { bip137MessageHash, lightningMessageHash, signChallenge, signMessage } from '../src/crypto/message-signing.ts';
import { deriveNodeKey, type NodeKey } from '../src/crypto/node-key.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const unhex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const utf8 = (text: string) => new TextEncoder().encode(text);
const N = secp256k1.Point.Fn.ORDER;
const toBig = (bytes: Uint8Array) => BigInt(`0x${hex(bytes) || '0'}`);
const to32 = (value: bigint) => unhex(value.toString(16).padStart(64, '0'));
const mod = (a: bigint) => ((a % N) + N) % N;
const invert = (a: bigint) => {
  // Fermat: a^(n-2) mod n
  let result = 1n;
  let base = mod(a);
  for (let e = N - 2n; e > 0n; e >>= 1n, base = (base * base) % N) if (e & 1n) result = (result * base) % N;
  return result;
};

/**
 * libsecp256k1's signing written out independently of @noble/curves' ECDSA: RFC6979 HMAC-DRBG
 * seeded with key32 ‖ (msg mod n) ‖ [extra data], first nonce in [1, n), then low-S.
 */
function libsecpSign(privateKey: Uint8Array, hash: Uint8Array, extra?: Uint8Array): Uint8Array {
  const seed = extra ? [privateKey, to32(mod(toBig(hash))), extra] : [privateKey, to32(mod(toBig(hash)))];
  const hmacOf = (key: Uint8Array, ...parts: Uint8Array[]) => {
    const mac = hmac.create(sha256, key);
    for (const part of parts) mac.update(part);
    return mac.digest();
  };
  let v = new Uint8Array(32).fill(1);
  let k = new Uint8Array(32);
  k = hmacOf(k, v, Uint8Array.of(0), ...seed);
  v = hmacOf(k, v);
  k = hmacOf(k, v, Uint8Array.of(1), ...seed);
  v = hmacOf(k, v);
  for (;;) {
    v = hmacOf(k, v);
    const nonce = toBig(v);
    if (nonce > 0n && nonce < N) {
      const r = mod(secp256k1.Point.BASE.multiply(nonce).toAffine().x);
      let s = mod(invert(nonce) * (mod(toBig(hash)) + r * toBig(privateKey)));
      if (s > N / 2n) s = N - s;
      return new Uint8Array([...to32(r), ...to32(s)]);
    }
    k = hmacOf(k, v, Uint8Array.of(0));
    v = hmacOf(k, v);
  }
}

/** CLN's sign_hash grinding, written with the independent signer above. */
function libsecpSignLowR(privateKey: Uint8Array, hash: Uint8Array): Uint8Array {
  for (let counter = 0; ; counter++) {
    const extra = new Uint8Array(32);
    new DataView(extra.buffer).setUint32(0, counter, true);
    const signature = libsecpSign(privateKey, hash, extra);
    if (signature[0]! < 0x80) return signature;
  }
}

const ZBASE32 = 'ybndrfg8ejkmcpqxot1uwisza345h769';
function zbaseEncode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) out += ZBASE32[(value >>> (bits -= 5)) & 31];
  }
  if (bits > 0) out += ZBASE32[(value << (5 - bits)) & 31];
  return out;
}
function zbaseDecode(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    value = (value << 5) | ZBASE32.indexOf(char);
    bits += 5;
    if (bits >= 8) out.push((value >>> (bits -= 8)) & 0xff);
  }
  return Uint8Array.from(out);
}

/** lightningd's checkmessage: zbase → (31 + recid) ‖ r‖s → recover from the Lightning message hash. */
function checkmessage(message: string, zbase: string): string {
  const decoded = zbaseDecode(zbase);
  const recid = decoded[0]! - 31;
  const signature = new Uint8Array([...decoded.subarray(1, 65), recid]);
  return hex(recoverPublicKey(signature, lightningMessageHash(utf8(message))));
}

const randomHashes = (count: number) => Array.from({ length: count }, (_, i) => sha256(utf8(`hash ${i}`)));
const nodeKey: NodeKey = deriveNodeKey(new Uint8Array(32));

describe('signHash (CLN sign_hash: RFC6979 + extra-entropy counter, low-R grinding)', () => {
  it('always produces low-R, low-S signatures that verify', () => {
    for (const hash of randomHashes(24)) {
      const signature = signHash(nodeKey.privateKey, hash);
      expect(signature.length).toBe(64);
      expect(signature[0]).toBeLessThan(0x80);
      expect(toBig(signature.subarray(32))).toBeLessThanOrEqual(N / 2n);
      expect(verifyHash(signature, hash, nodeKey.nodeId)).toBe(true);
    }
  });

  it('is deterministic and equals libsecp256k1 with CLN’s counter in the extra entropy', () => {
    let ground = 0;
    for (const hash of randomHashes(24)) {
      const signature = signHash(nodeKey.privateKey, hash);
      expect(signHash(nodeKey.privateKey, hash)).toEqual(signature);
      expect(hex(signature)).toBe(hex(libsecpSignLowR(nodeKey.privateKey, hash)));
      if (hex(signature) !== hex(libsecpSign(nodeKey.privateKey, hash, new Uint8Array(32)))) ground++;
    }
    expect(ground).toBeGreaterThan(0); // some of these needed a second attempt
  });

  it('differs from plain RFC6979 even when the first attempt is low-R (extra entropy is 32 zero bytes, not NULL)', () => {
    const hash = randomHashes(1)[0]!;
    expect(hex(signHashPlain(nodeKey.privateKey, hash))).toBe(hex(libsecpSign(nodeKey.privateKey, hash)));
    expect(signHash(nodeKey.privateKey, hash)).not.toEqual(signHashPlain(nodeKey.privateKey, hash));
  });
});

describe('signRecoverable', () => {
  it('is plain RFC6979 r‖s followed by the recovery id', () => {
    for (const hash of randomHashes(8)) {
      const signature = signRecoverable(nodeKey.privateKey, hash);
      expect(signature.length).toBe(65);
      expect(hex(signature.subarray(0, 64))).toBe(hex(libsecpSign(nodeKey.privateKey, hash)));
      expect(signature[64]).toBeLessThan(4);
      expect(recoverPublicKey(signature, hash)).toEqual(nodeKey.nodeId);
    }
  });
});

describe('signMessage / signChallenge', () => {
  it('signs what lightningd checkmessage verifies', () => {
    const signature = signMessage(nodeKey, utf8('this is a test!'));
    const zbase = zbaseEncode(new Uint8Array([31 + signature[64]!, ...signature.subarray(0, 64)]));
    expect(checkmessage('this is a test!', zbase)).toBe(hex(nodeKey.nodeId));
    expect(checkmessage('this is a test!modified', zbase)).not.toBe(hex(nodeKey.nodeId));
    expect(signMessage(nodeKey, utf8('this is a test!'))).toEqual(signature);
  });

  it('uses the digest LND signatures verify under (tests/test_misc.py corpus)', () => {
    expect(
      checkmessage(
        'is this compatible?',
        'rbgfioj114mh48d8egqx8o9qxqw4fmhe8jbeeabdioxnjk8z3t1ma1hu1fiswpakgucwwzwo6ofycffbsqusqdimugbh41n1g698hr9t',
      ),
    ).toBe('02b80cabdf82638aac86948e4c06e82064f547768dcef977677b9ea931ea75bab5');
    expect(
      checkmessage('hi', 'rnrphcjswusbacjnmmmrynh9pqip7sy5cx695h6mfu64iac6qmcmsd8xnsyczwmpqp9shqkth3h4jmkgyqu5z47jfn1q7gpxtaqpx4xg'),
    ).toBe('02de60d194e1ca5947b59fe8e2efd6aadeabfb67f2e89e13ae1a799c1e08e4a43b');
    expect(
      checkmessage('hi', 'ry8bbsopmduhxy3dr5d9ekfeabdpimfx95kagdem7914wtca79jwamtbw4rxh69hg7n6x9ty8cqk33knbxaqftgxsfsaeprxkn1k48p3'),
    ).toBe('022b8ece90ee891cbcdac0c1cc6af46b73c47212d8defbce80265ac81a6b794931');
  });

  it('gives the Greenlight sign_challenge vector for seed 00×32 and challenge 00×32 (greenlight.md §12)', () => {
    const signature = signChallenge(nodeKey, new Uint8Array(32));
    expect(hex(signature)).toBe(
      'cdd553f30964056a855556b2d4635c6f8872fdc145de0dd336020886a56377a150f70a2a8bc428fabe9be87ede610999af8a14a64f7e9ef73836d78e59d28d92',
    );
    expect(signature).toEqual(signMessage(nodeKey, new Uint8Array(32)).subarray(0, 64));
    expect(verifyHash(signature, lightningMessageHash(new Uint8Array(32)), nodeKey.nodeId)).toBe(true);
  });

  it('hashes BIP137 messages with a CompactSize length', () => {
    const message = new Uint8Array(300).fill(0x61);
    const expected = sha256(sha256(new Uint8Array([...utf8('\x18Bitcoin Signed Message:\n'), 0xfd, 0x2c, 0x01, ...message])));
    expect(bip137MessageHash(message)).toEqual(expected);
  });
});

describe('signInvoice (BOLT #11)', () => {
  // BOLT #11 examples, all signed with this key. CLN's common/test/run-bolt11.c re-signs each one
  // with the same libsecp256k1 call as hsmd and requires the identical string, signature included.
  const invoicePrivateKey = unhex('e126f68f7eafcc8b74f54d269fe206be715000f94dac067d1c04a8ca3b2db734');
  const invoiceKey: NodeKey = { privateKey: invoicePrivateKey, nodeId: secp256k1.getPublicKey(invoicePrivateKey, true) };
  const invoices = [
    'lnbc1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdpl2pkx2ctnv5sxxmmwwd5kgetjypeh2ursdae8g6twvus8g6rfwvs8qun0dfjkxaq9qrsgq357wnc5r2ueh7ck6q93dj32dlqnls087fxdwk8qakdyafkq3yap9us6v52vjjsrvywa6rt52cm9r9zqt8r2t7mlcwspyetp5h2tztugp9lfyql',
    'lnbc2500u1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu9qrsgquk0rl77nj30yxdy8j9vdx85fkpmdla2087ne0xh8nhedh8w27kyke0lp53ut353s06fv3qfegext0eh0ymjpf39tuven09sam30g4vgpfna3rh',
    'lnbc20m1pvjluezsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygspp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqhp58yjmdan79s6qqdhdzgynm4zwqd5d7xmw5fk98klysy043l2ahrqsfp4pptdvg0d2nj99568qn6ssdy4cygnwuxgw2ukmnwgwz7jpqjz2kszs9qrsgqy606dznq28exnydt2r4c29y56xjtn3sk4mhgjtl4pg2y4ar3249rq4ajlmj9jy8zvlzw7cr8mggqzm842xfr0v72rswzq9xvr4hknfsqwmn6xd',
    'lnbc25m1pvjluezpp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5vdhkven9v5sxyetpdeessp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygs9q5sqqqqqqqqqqqqqqqqsgq2a25dxl5hrntdtn6zvydt7d66hyzsyhqs4wdynavys42xgl6sgx9c4g7me86a27t07mdtfry458rtjr0v92cnmswpsjscgt2vcse3sgpz3uapa',
    'lnbc9678785340p1pwmna7lpp5gc3xfm08u9qy06djf8dfflhugl6p7lgza6dsjxq454gxhj9t7a0sd8dgfkx7cmtwd68yetpd5s9xar0wfjn5gpc8qhrsdfq24f5ggrxdaezqsnvda3kkum5wfjkzmfqf3jkgem9wgsyuctwdus9xgrcyqcjcgpzgfskx6eqf9hzqnteypzxz7fzypfhg6trddjhygrcyqezcgpzfysywmm5ypxxjemgw3hxjmn8yptk7untd9hxwg3q2d6xjcmtv4ezq7pqxgsxzmnyyqcjqmt0wfjjq6t5v4khxsp5zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3zygsxqyjw5qcqp2rzjq0gxwkzc8w6323m55m4jyxcjwmy7stt9hwkwe2qxmy8zpsgg7jcuwz87fcqqeuqqqyqqqqlgqqqqn3qq9q9qrsgqrvgkpnmps664wgkp43l22qsgdw4ve24aca4nymnxddlnp8vh9v2sdxlu5ywdxefsfvm0fq3sesf08uf6q9a2ke0hc9j6z6wlxg5z5kqpu2v9wz',
    'LNBC2500U1PVJLUEZSP5ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYG3ZYGSPP5QQQSYQCYQ5RQWZQFQQQSYQCYQ5RQWZQFQQQSYQCYQ5RQWZQFQYPQDQ5XYSXXATSYP3K7ENXV4JSXQZPUCQPJEJ3HDW922T23KQLTFQDTUF2MGFQESVYFKKAQVE0HW8VD0CHQSTEJ60K02J4W6NP4CUJV87TUS82EDUYX7YTWFW4S58CJTG0U0A6TD6CQ3ADH8K',
  ];
  const split = (invoice: string) => {
    const { prefix, words } = bech32.decode(invoice as `${string}1${string}`, false);
    return {
      hrp: prefix,
      u5data: Uint8Array.from(words.slice(0, -104)),
      signature: Uint8Array.from(bech32.fromWords(words.slice(-104))),
    };
  };

  it.each(invoices)('reproduces the published signature of %s', (invoice) => {
    const { hrp, u5data, signature } = split(invoice);
    expect(hex(signInvoice(invoiceKey, hrp, u5data))).toBe(hex(signature));
  });

  it('hashes hrp ‖ 5-to-8-bit packed data (BOLT #11 "hex of data for signing")', () => {
    const { hrp, u5data } = split(invoices[2]!);
    const preimage =
      '6c6e626332306d0b25fe64500d04444444444444444444444444444444444444444444444444444444444444444021a000081018202830384048000810182028303840480008101820283038404808105c343925b6f67e2c340036ed12093dd44e0368df1b6ea26c53dbe4811f58fd5db8c10486a10adac43daa9c8a5a68e09ea10692b82226ee190e572db9b90e17a410484ab4050280704000';
    expect(hex(invoiceSigningHash(hrp, u5data))).toBe(hex(sha256(unhex(preimage))));
    expect(invoiceSigningHash(utf8(hrp), u5data)).toEqual(invoiceSigningHash(hrp, u5data));
  });

  it('lets the payer recover the node id from the signing hash', () => {
    const { hrp, u5data } = split(invoices[0]!);
    const signature = signInvoice(nodeKey, hrp, u5data);
    expect(recoverPublicKey(signature, invoiceSigningHash(hrp, u5data))).toEqual(nodeKey.nodeId);
  });

  it('refuses bytes that are not 5-bit values and cuts the hrp at NUL like strlen', () => {
    expect(() => invoiceSigningHash('lnbc', Uint8Array.of(1, 32))).toThrow(RangeError);
    expect(invoiceSigningHash(Uint8Array.of(0x6c, 0x6e, 0, 0x78), Uint8Array.of(3))).toEqual(invoiceSigningHash('ln', Uint8Array.of(3)));
  });
});

describe('gossip signatures', () => {
  // node_announcement: type 257, signature placeholder, flen 0, timestamp, node_id, rgb, alias, addrlen 0.
  const announcement = new Uint8Array([
    0x01, 0x01, ...new Uint8Array(64), 0x00, 0x00, 0x65, 0x00, 0x00, 0x01, ...nodeKey.nodeId,
    0x11, 0x22, 0x33, ...new Uint8Array(32).fill(0x41), 0x00, 0x00,
  ]);

  it('signs SHA256d of the node_announcement after its signature, low-R, verifiable by the node id', () => {
    const signature = signNodeAnnouncement(nodeKey, announcement);
    const hash = sha256(sha256(announcement.subarray(66)));
    expect(gossipSigningHash(announcement, 66)).toEqual(hash);
    expect(signature[0]).toBeLessThan(0x80);
    expect(verifyHash(signature, hash, nodeKey.nodeId)).toBe(true);
    expect(hex(signature)).toBe(hex(libsecpSignLowR(nodeKey.privateKey, hash)));
    // The placeholder is not covered.
    const withOldSignature = Uint8Array.from(announcement);
    withOldSignature.set(signature, 2);
    expect(signNodeAnnouncement(nodeKey, withOldSignature)).toEqual(signature);
  });

  it('refuses other messages and short ones, as hsmd does', () => {
    const update = Uint8Array.from(announcement);
    update[1] = 0x02;
    expect(() => signNodeAnnouncement(nodeKey, update)).toThrow('not a node_announcement');
    expect(() => signNodeAnnouncement(nodeKey, announcement.subarray(0, 65))).toThrow('too short');
    expect(verifyHash(signChannelUpdate(nodeKey, update), gossipSigningHash(update, 66), nodeKey.nodeId)).toBe(true);
  });

  it('signs channel_announcement after the four signatures with node and funding keys', () => {
    const funding = deriveNodeKey(new Uint8Array(32).fill(2));
    const announcementBody = new Uint8Array([0x01, 0x00, ...new Uint8Array(256), 0x00, 0x00, ...new Uint8Array(32).fill(6)]);
    const { nodeSignature, bitcoinSignature } = signChannelAnnouncement(nodeKey, funding.privateKey, announcementBody);
    const hash = gossipSigningHash(announcementBody, 258);
    expect(verifyHash(nodeSignature, hash, nodeKey.nodeId)).toBe(true);
    expect(verifyHash(bitcoinSignature, hash, funding.nodeId)).toBe(true);
  });
});

describe('ecdh', () => {
  it('is SHA256 of the compressed shared point, symmetric between two nodes', () => {
    const other = deriveNodeKey(new Uint8Array(32).fill(0x42));
    const shared = ecdh(nodeKey, other.nodeId);
    expect(shared).toEqual(ecdh(other, nodeKey.nodeId));
    const point = secp256k1.Point.fromBytes(other.nodeId).multiply(toBig(nodeKey.privateKey));
    expect(shared).toEqual(sha256(point.toBytes(true)));
  });

  it('refuses a point that is not on the curve', () => {
    const bad = new Uint8Array(33);
    bad[0] = 2;
    bad[32] = 5; // x = 5 has no curve point
    expect(() => ecdh(nodeKey, bad)).toThrow();
  });
});

describe('BOLT #12 signatures', () => {
  it('uses libsecp256k1’s NULL aux_rand, i.e. 32 zero bytes (BIP340 test vector 0)', () => {
    const signature = signSchnorr(to32(3n), new Uint8Array(32));
    expect(hex(signature).toUpperCase()).toBe(
      'E907831F80848D1069A5371B402410364BDF1C5F8307B0084C55F1CE2DCA821525F66A4A85EA8B71E482A74F382D2CE5EBEEE8FDB2172F477DF4900D310536C0',
    );
  });

  it('builds the tagged sighash from "lightning" ‖ message ‖ field', () => {
    const merkle = sha256(utf8('merkle'));
    const tag = sha256(utf8('lightninginvoicesignature'));
    expect(bolt12Sighash('invoice', 'signature', merkle)).toEqual(sha256(new Uint8Array([...tag, ...tag, ...merkle])));
  });

  it('tweaks the payer base for sign_bolt12 and the node key for sign_bolt12_2', () => {
    const payerBase = { privateKey: to32(7n), publicKey: secp256k1.getPublicKey(to32(7n), true) };
    expect(bolt12SigningKey(nodeKey, payerBase)).toBe(nodeKey.privateKey);
    expect(bolt12SigningKey(nodeKey, payerBase, new Uint8Array(0))).toBe(nodeKey.privateKey);
    const tweak = utf8('payer tweak');
    const tweaked = bolt12SigningKey(nodeKey, payerBase, tweak);
    const expectedTweak = toBig(sha256(new Uint8Array([...payerBase.publicKey, ...tweak])));
    expect(toBig(tweaked)).toBe(mod(7n + expectedTweak));

    const base = deriveSecretsBase(new Uint8Array(32));
    const info = utf8('offer-blinded-path');
    const alias = bolt12AliasSigningKey(nodeKey, base, info, utf8('path'));
    const aliasTweak = toBig(sha256(new Uint8Array([...deriveSecret(base, info), ...utf8('path')])));
    expect(toBig(alias)).toBe(mod(toBig(nodeKey.privateKey) + aliasTweak));
    expect(bolt12AliasSigningKey(nodeKey, base, info)).toBe(nodeKey.privateKey);

    const sighash = bolt12Sighash('invoice_request', 'signature', sha256(utf8('m')));
    expect(schnorr.verify(signSchnorr(tweaked, sighash), sighash, schnorrPublicKey(tweaked))).toBe(true);
  });
});
