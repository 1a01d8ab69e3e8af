import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import {
  bip137MessageHash,
  bolt12Sighash,
  gossipSigningHash,
  HsmKeys,
  HsmSecret,
  invoiceSigningHash,
  lightningMessageHash,
  recoverPublicKey,
  schnorrPublicKey,
  verifyHash,
} from '../src/crypto/index.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);
const ABANDON_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

describe('HsmKeys (the live regtest hsmd of cln-hsmd.md §5.9)', () => {
  const keys = new HsmKeys(HsmSecret.fromMnemonic(ABANDON_MNEMONIC), 'regtest');

  it('reports the init reply keys', () => {
    expect(hex(keys.nodeId)).toBe('03653e90c1ce4660fd8505dd6d643356e93cfe202af109d382787639dd5890e87d');
    expect(keys.walletBase.publicExtendedKey).toBe(
      'tpubDAzgDvx1DTZ1HcxBWcz1o3j376g88jdMjSKNbTrJ8GYtmHmekx44GjemxNqKqW2x1uBCy42zgZgq9RZGHCY5zUCLPUokLC5bmc78Qv2Lpab',
    );
    expect(hex(keys.bolt12PayerBase.publicKey)).toBe('02d575a541247ec761fc210ae1b0093defe026618c21824ba106dd9dd15d013428');
    expect(keys.secret.type).toBe(2); // TLV hsm_secret_type: mnemonic, no passphrase
  });

  it('answers derive_secret and ecdh like the live hsmd', () => {
    expect(hex(keys.deriveSecret('commando'))).toBe('836f8b35485adc06288c7fbf919b7ef2be20d7e823ebce67dc4287613d230679');
    const fiveG = secp256k1.Point.BASE.multiply(5n).toBytes(true);
    expect(hex(fiveG)).toBe('022f8bde4d1a07209355b4a7250a5c5128e88b84bddc619ab7cba8d569b240efe4');
    expect(hex(keys.ecdh(fiveG))).toBe('c03d82b75a9b3a4961f3db51c0d44273908b839040065890df5dbeee5a7636cf');
  });

  it('caches channel keys per (peer, dbid) until forgotten', () => {
    const peer = secp256k1.Point.BASE.multiply(12345n).toBytes(true);
    const channel = keys.channelKeys(peer, 7);
    expect(keys.channelKeys(peer, 7n)).toBe(channel);
    expect(hex(channel.basepoints.revocation)).toBe('02805082536d960bd714341b9844d4d06aea8f5eb0cf6ea74109db1883f6f82dd7');
    keys.forgetChannel(peer, 7);
    const again = keys.channelKeys(peer, 7);
    expect(again).not.toBe(channel);
    expect(again.fundingPrivateKey).toEqual(channel.fundingPrivateKey);
  });

  it('signs invoices, messages and challenges with the node key', () => {
    const u5data = Uint8Array.from({ length: 100 }, (_, i) => i % 32);
    const invoiceSignature = keys.signInvoice('lnbcrt10u', u5data);
    expect(recoverPublicKey(invoiceSignature, invoiceSigningHash('lnbcrt10u', u5data))).toEqual(keys.nodeId);
    const messageSignature = keys.signMessage(utf8('hello'));
    expect(recoverPublicKey(messageSignature, lightningMessageHash(utf8('hello')))).toEqual(keys.nodeId);
    expect(keys.signChallenge(utf8('hello'))).toEqual(messageSignature.subarray(0, 64));
  });

  it('signs BIP137 messages with the BIP86 wallet key of a mnemonic secret', () => {
    const signature = keys.signBip137Message(utf8('a test message'), 4);
    expect(recoverPublicKey(signature, bip137MessageHash(utf8('a test message')))).toEqual(keys.wallet.bip86Key(4).publicKey);
  });

  it('signs BOLT12 with the node key, the tweaked payer key, or the alias key', () => {
    const merkle = new Uint8Array(32).fill(9);
    const sighash = bolt12Sighash('invoice', 'signature', merkle);
    expect(schnorr.verify(keys.signBolt12('invoice', 'signature', merkle), sighash, keys.nodeId.subarray(1))).toBe(true);

    const tweak = utf8('tweak');
    const requestHash = bolt12Sighash('invoice_request', 'signature', merkle);
    const payerSignature = keys.signBolt12('invoice_request', 'signature', merkle, tweak);
    const base = keys.bolt12PayerBase.publicKey;
    const payerTweak = BigInt(`0x${hex(sha256(new Uint8Array([...base, ...tweak])))}`);
    const payerKey = secp256k1.Point.fromBytes(base).add(secp256k1.Point.BASE.multiply(payerTweak));
    expect(schnorr.verify(payerSignature, requestHash, payerKey.toBytes(true).subarray(1))).toBe(true);

    const aliasSignature = keys.signBolt12WithAlias('invoice', 'signature', merkle, utf8('offer-blinded-path'), tweak);
    expect(schnorr.verify(aliasSignature, sighash, keys.nodeId.subarray(1))).toBe(false);
    expect(keys.signBolt12WithAlias('invoice', 'signature', merkle, utf8('x'))).toEqual(keys.signBolt12('invoice', 'signature', merkle));
  });

  it('signs the node announcement', () => {
    const announcement = new Uint8Array([0x01, 0x01, ...new Uint8Array(64), 0, 0, 1, 2, 3, 4, ...keys.nodeId]);
    const signature = keys.signNodeAnnouncement(announcement);
    expect(verifyHash(signature, gossipSigningHash(announcement, 66), keys.nodeId)).toBe(true);
    expect(signature[0]).toBeLessThan(0x80);
  });
});

describe('HsmKeys with a plain 32-byte secret', () => {
  it('takes raw bytes and network versions', () => {
    const keys = new HsmKeys(new Uint8Array(32), { private: 0x0488ade4, public: 0x0488b21e });
    expect(hex(keys.nodeId)).toBe('02058e8b6c2ad363ec59aa136429256d745164c2bdc87f98f0a68690ec2c5c9b0b');
    expect(keys.wallet.usesBip86).toBe(false);
    expect(keys.walletBase.publicExtendedKey.startsWith('xpub')).toBe(true);
    expect(schnorrPublicKey(keys.nodeKey.privateKey)).toEqual(keys.nodeId.subarray(1));
  });
});
