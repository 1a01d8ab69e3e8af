import { secp256k1 } from '@noble/curves/secp256k1.js';
import { describe, expect, it } from 'vitest';
import { ChannelKeys, deriveChannelSeed, deriveChannelSeedBase } from '../src/crypto/channel-keys.ts';
import {
  deriveRevocationPrivateKey,
  deriveRevocationPublicKey,
  deriveSimplePrivateKey,
  deriveSimplePublicKey,
} from '../src/crypto/commitment-keys.ts';
import { HsmSecret } from '../src/crypto/hsm-secret.ts';
import { perCommitmentPoint, perCommitmentSecret, shachainFromSeed } from '../src/crypto/shachain.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const unhex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const ABANDON_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

describe('channel keys (live hsmd vectors, cln-hsmd.md §5.9)', () => {
  // Peer 12345·G, dbid 7, abandon mnemonic: get_channel_basepoints and per-commitment replies.
  const peer = secp256k1.Point.BASE.multiply(12345n).toBytes(true);
  const keys = new ChannelKeys(deriveChannelSeed(deriveChannelSeedBase(HsmSecret.fromMnemonic(ABANDON_MNEMONIC)), peer, 7));

  it('derives the basepoints and funding key', () => {
    expect(hex(peer)).toBe('03f01d6b9018ab421dd410404cb869072065522bf85734008f105cf385a023a80f');
    expect(hex(keys.basepoints.revocation)).toBe('02805082536d960bd714341b9844d4d06aea8f5eb0cf6ea74109db1883f6f82dd7');
    expect(hex(keys.basepoints.payment)).toBe('036ce3f9502d3a5555e907f755445f602e95657ed9c3123c8b813d8351d1e1d9ad');
    expect(hex(keys.basepoints.htlc)).toBe('0348949e98588a066ac9c199a7d3620bbedc8f9fff5ecfee82dae1cceca012a01e');
    expect(hex(keys.basepoints.delayedPayment)).toBe('03889868dcd6257898c76f0a28a60805151cd1de11a4694e7ae448e7e3a3dce969');
    expect(hex(keys.fundingPublicKey)).toBe('020133286700e9a1d790eeb9829fddd7f570a1df5d4910b370d22c958f4417b491');
  });

  it('derives per-commitment points and the revoked secret', () => {
    expect(hex(keys.perCommitmentPoint(0))).toBe('02a5dea39dfc7edc1011d5de2f51ec8d933e568d51f6cfb4b1bd6d035c524e1ddb');
    expect(hex(keys.perCommitmentPoint(1))).toBe('034968df4b0c545c7005086449f4096bdad814afc71dafe9ffe9a9f4c9291c77fd');
    expect(hex(keys.perCommitmentPoint(5n))).toBe('03fdf6f13e5ff5c6f3cee748ace674da46633bd7beda45624feeb7ac94b6cc60fc');
    expect(hex(keys.perCommitmentSecret(0))).toBe('44ed6cba2e19c5b05098178c5ff52ed72f81887699e9d8619f0046c5690eb75e');
  });

  it('caches public keys and separates channels by dbid and peer', () => {
    expect(keys.basepoints).toBe(keys.basepoints);
    const base = deriveChannelSeedBase(HsmSecret.fromMnemonic(ABANDON_MNEMONIC));
    expect(deriveChannelSeed(base, peer, 8n)).not.toEqual(deriveChannelSeed(base, peer, 7n));
    expect(deriveChannelSeed(base, peer, 7n)).toEqual(deriveChannelSeed(base, peer, 7));
    expect(() => deriveChannelSeed(base, peer.subarray(1), 7)).toThrow('33 bytes');
  });

  it('uses S[0..32] only, like node_key', () => {
    const secret = HsmSecret.fromMnemonic(ABANDON_MNEMONIC);
    expect(deriveChannelSeedBase(secret)).toEqual(deriveChannelSeedBase(secret.first32));
  });
});

describe('shachain (BOLT #3 Appendix D generation tests)', () => {
  const vectors: [string, number, string][] = [
    ['00'.repeat(32), 281474976710655, '02a40c85b6f28da08dfdbe0926c53fab2de6d28c10301f8f7c4073d5e42e3148'],
    ['ff'.repeat(32), 281474976710655, '7cc854b54e3e0dcdb010d7a3fee464a9687be6e8db3be6854c475621e007a5dc'],
    ['ff'.repeat(32), 0xaaaaaaaaaaa, '56f4008fb007ca9acf0e15b054d5c9fd12ee06cea347914ddbaed70d1c13a528'],
    ['ff'.repeat(32), 0x555555555555, '9015daaeb06dba4ccc05b91b2f73bd54405f2be9f217fbacd3c5ac2e62327d31'],
    ['01'.repeat(32), 1, '915c75942a26bb3a433a8ce2cb0427c29ec6c1775cfc78328b57f6ba7bfeaa9c'],
  ];
  it.each(vectors)('generate_from_seed(%s, %d)', (seed, index, output) => {
    expect(hex(shachainFromSeed(unhex(seed), index))).toBe(output);
    expect(hex(shachainFromSeed(unhex(seed), BigInt(index)))).toBe(output);
  });

  it('counts commitments up from index 2^48-1 and rejects out-of-range numbers', () => {
    const seed = unhex('ff'.repeat(32));
    expect(perCommitmentSecret(seed, 0)).toEqual(shachainFromSeed(seed, 2 ** 48 - 1));
    expect(perCommitmentPoint(seed, 0)).toEqual(secp256k1.getPublicKey(perCommitmentSecret(seed, 0), true));
    expect(() => perCommitmentSecret(seed, 2 ** 48)).toThrow(RangeError);
    expect(() => perCommitmentSecret(seed, -1)).toThrow(RangeError);
    expect(() => shachainFromSeed(seed.subarray(1), 0)).toThrow();
  });
});

describe('BOLT #3 key derivation (Appendix E)', () => {
  const baseSecret = unhex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
  const perCommitmentSecret = unhex('1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100');
  const basepoint = unhex('036d6caac248af96f6afa7f904f550253a0f3ef3f5aa2fe6838a95b216691468e2');
  const perCommitmentPoint = unhex('025f7117a78150fe2ef97db7cfc83bd57b2e2c0d0dd25eaf467a4a1c2a45ce1486');

  it('has consistent inputs', () => {
    expect(secp256k1.getPublicKey(baseSecret, true)).toEqual(basepoint);
    expect(secp256k1.getPublicKey(perCommitmentSecret, true)).toEqual(perCommitmentPoint);
  });

  it('derives localpubkey and localprivkey', () => {
    expect(hex(deriveSimplePublicKey(basepoint, perCommitmentPoint))).toBe(
      '0235f2dbfaa89b57ec7b055afe29849ef7ddfeb1cefdb9ebdc43f5494984db29e5',
    );
    const privateKey = deriveSimplePrivateKey(baseSecret, basepoint, perCommitmentPoint);
    expect(hex(privateKey)).toBe('cbced912d3b21bf196a766651e436aff192362621ce317704ea2f75d87e7be0f');
  });

  it('derives revocationpubkey and revocationprivkey', () => {
    expect(hex(deriveRevocationPublicKey(basepoint, perCommitmentPoint))).toBe(
      '02916e326636d19c33f13e8c0c3a03dd157f332f3e99c317c141dd865eb01f8ff0',
    );
    const privateKey = deriveRevocationPrivateKey(baseSecret, perCommitmentSecret, basepoint, perCommitmentPoint);
    expect(hex(privateKey)).toBe('d09ffff62ddb2297ab000cc85bcb4283fdeb6aa052affbc9dddcf33b61078110');
    expect(secp256k1.getPublicKey(privateKey, true)).toEqual(deriveRevocationPublicKey(basepoint, perCommitmentPoint));
  });

  it('rejects points that are not on the curve', () => {
    const bad = Uint8Array.from(basepoint);
    bad[0] = 0x05;
    expect(() => deriveSimplePublicKey(bad, perCommitmentPoint)).toThrow();
  });
});
