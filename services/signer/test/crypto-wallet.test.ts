import { HDKey } from '@scure/bip32';
import { describe, expect, it } from 'vitest';
import {
  bip32VersionsFor,
  deriveLegacyBip32Master,
  MAINNET_BIP32_VERSIONS,
  serializeExtendedPublicKey,
  TESTNET_BIP32_VERSIONS,
} from '../src/crypto/bip32-root.ts';
import { deriveBolt12PayerBaseKey } from '../src/crypto/bolt12.ts';
import { HsmSecret } from '../src/crypto/hsm-secret.ts';
import { descriptorChecksum, dumpOnchainDescriptors } from '../src/crypto/onchain-descriptors.ts';
import { OnchainWallet } from '../src/crypto/onchain-wallet.ts';

const ABANDON_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const abandonSecret = () => HsmSecret.fromMnemonic(ABANDON_MNEMONIC);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

// cln-hsmd.md §5.9: the live v26.06.6 hsmd's init reply for the abandon mnemonic on regtest.
const REGTEST_BIP32 =
  'tpubDAzgDvx1DTZ1HcxBWcz1o3j376g88jdMjSKNbTrJ8GYtmHmekx44GjemxNqKqW2x1uBCy42zgZgq9RZGHCY5zUCLPUokLC5bmc78Qv2Lpab';
const REGTEST_BIP86 =
  'tpubDC3pD7UZXnsgh3EBjbtBQiB1FnLask7UHBSunZ1DPK4dCFFZoFRkgxHB8gt42FvLzx1DpxfHWxAsYaY6b643RVcGjDxXxns7wKKYnnfEcbB';
const MAINNET_BIP32 =
  'xpub6Ad3hh8KWBbZ1pmL4Rzvb8PfmyaU9M8JBoj5Euo9nMo1216wgjCy8HywiLkYK15iDzeJMUX89TrnTF4etLgr72k3Kt4SefRNBeWierUaRFc';
const MAINNET_BIP86 =
  'xpub6BgBgsespWvERF3LHQu6CnqdvfEvtMcQjYrcRzx53QJjSxarj2afYWcLteoGVky7D3UKDP9QyrLprQ3VCECoY49yfdDEHGCtMMj92pReUsQ';

describe('network BIP32 versions', () => {
  it('uses xpub for bitcoin and tpub for every test network', () => {
    expect(bip32VersionsFor('bitcoin')).toBe(MAINNET_BIP32_VERSIONS);
    for (const network of ['testnet', 'testnet4', 'signet', 'regtest'] as const) {
      expect(bip32VersionsFor(network)).toBe(TESTNET_BIP32_VERSIONS);
    }
  });
});

describe('OnchainWallet', () => {
  it('reproduces the live hsmd init reply keys on regtest', () => {
    const wallet = new OnchainWallet(abandonSecret(), bip32VersionsFor('regtest'));
    expect(wallet.legacyBase.publicExtendedKey).toBe(REGTEST_BIP32);
    expect(wallet.bip86Base!.publicExtendedKey).toBe(REGTEST_BIP86);
    expect(wallet.legacyBase.depth).toBe(2); // m/0/0
    expect(wallet.usesBip86).toBe(true);
  });

  it('gives the mainnet forms of the same keys', () => {
    const wallet = new OnchainWallet(abandonSecret(), MAINNET_BIP32_VERSIONS);
    expect(wallet.legacyBase.publicExtendedKey).toBe(MAINNET_BIP32);
    expect(wallet.bip86Base!.publicExtendedKey).toBe(MAINNET_BIP86);
  });

  it('serializes the init reply ext_key as 78 bytes', () => {
    const wallet = new OnchainWallet(abandonSecret(), TESTNET_BIP32_VERSIONS);
    const serialized = wallet.legacyBaseExtendedPublicKey;
    expect(serialized.length).toBe(78);
    expect(hex(serialized.subarray(0, 4))).toBe('043587cf');
    expect(HDKey.fromExtendedKey(REGTEST_BIP32, TESTNET_BIP32_VERSIONS).publicKey).toEqual(serialized.subarray(45));
    expect(wallet.bip86BaseExtendedPublicKey!.length).toBe(78);
  });

  it('derives wallet key i under m/0/0 (legacy) or m/86h/0h/0h/0 (mnemonic)', () => {
    const wallet = new OnchainWallet(abandonSecret());
    const fromBip39Seed = HDKey.fromMasterSeed(abandonSecret().bytes);
    // BIP86 test vector account of the abandon mnemonic: first receive key.
    expect(hex(wallet.bip86Key(0).publicKey)).toBe(hex(fromBip39Seed.derive("m/86'/0'/0'/0/0").publicKey!));
    expect(hex(wallet.bip86Key(0).publicKey.subarray(1))).toBe(
      'cc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115',
    );
    expect(wallet.walletKey(3)).toEqual(wallet.bip86Key(3));
    expect(wallet.legacyKey(5).publicKey).toEqual(wallet.legacyBase.deriveChild(5).publicKey);
    expect(wallet.legacyKey(5)).toBe(wallet.legacyKey(5)); // cached
    expect(() => wallet.legacyKey(0x80000000)).toThrow(RangeError);
  });

  it('uses the legacy tree for 32-byte secrets and refuses BIP86', () => {
    const wallet = new OnchainWallet(new Uint8Array(32).fill(1));
    expect(wallet.usesBip86).toBe(false);
    expect(wallet.bip86Base).toBeUndefined();
    expect(wallet.walletKey(2)).toEqual(wallet.legacyKey(2));
    expect(() => wallet.bip86Key(0)).toThrow('64-byte');
  });
});

describe('BOLT12 payer base key', () => {
  it('is m/9735h of the legacy master, for mnemonic secrets too (live hsmd)', () => {
    const base = deriveBolt12PayerBaseKey(deriveLegacyBip32Master(abandonSecret()));
    expect(hex(base.publicKey)).toBe('02d575a541247ec761fc210ae1b0093defe026618c21824ba106dd9dd15d013428');
  });
});

describe('dumponchaindescriptors', () => {
  it('prints the BIP86 account xpub for a mnemonic secret (tests/test_wallet.py)', () => {
    const dump = dumpOnchainDescriptors(abandonSecret());
    expect(dump.xpub).toBe(MAINNET_BIP86);
    expect(dump.descriptors).toEqual([
      `wpkh(${MAINNET_BIP86}/0/*)#hjszq0wk`,
      `sh(wpkh(${MAINNET_BIP86}/0/*))#u0t3u3xz`,
      `tr(${MAINNET_BIP86}/0/*)#8e7pq23w`,
    ]);
  });

  it('prints the legacy master (depth 0) with path 0/0 for a 32-byte secret', () => {
    const secret = new Uint8Array(32).fill(9);
    const dump = dumpOnchainDescriptors(secret, 'testnet');
    const master = deriveLegacyBip32Master(secret, TESTNET_BIP32_VERSIONS);
    expect(dump.xpub).toBe(master.publicExtendedKey);
    expect(HDKey.fromExtendedKey(dump.xpub, TESTNET_BIP32_VERSIONS).depth).toBe(0);
    expect(dump.path).toBe('0/0');
    expect(dump.descriptors[0].startsWith(`wpkh(${dump.xpub}/0/0/*)#`)).toBe(true);
    // The same keys as the hsmd wallet: master/0/0/i.
    expect(master.derive('m/0/0').publicExtendedKey).toBe(new OnchainWallet(secret, TESTNET_BIP32_VERSIONS).legacyBase.publicExtendedKey);
  });

  it('computes Bitcoin Core descriptor checksums', () => {
    // BIP380 examples.
    expect(descriptorChecksum('raw(deadbeef)')).toBe('89f8spxm');
    expect(descriptorChecksum('addr(mkmZxiEcEd8ZqjQWVZuC6so5dFMKEFpN2j)')).toBe('02wpgw69');
  });
});

describe('serializeExtendedPublicKey', () => {
  it('round-trips through base58check', () => {
    const key = HDKey.fromMasterSeed(new Uint8Array(32).fill(3));
    expect(HDKey.fromExtendedKey(key.publicExtendedKey).publicKey).toEqual(serializeExtendedPublicKey(key).subarray(45));
  });
});
