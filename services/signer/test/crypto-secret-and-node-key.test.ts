import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { deriveSecret, deriveSecretsBase } from '../src/crypto/derived-secret.ts';
import { HsmSecret, HsmSecretType } from '../src/crypto/hsm-secret.ts';
import { deriveNodeKey } from '../src/crypto/node-key.ts';

const ABANDON_MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const abandonSecret = () => HsmSecret.fromMnemonic(ABANDON_MNEMONIC);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const unhex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

/** pyln-testing's mnemonic for a node directory: entropy = its name's first 16 bytes, zero-padded. */
function pylnMnemonic(nodeDir: string): string {
  const entropy = new Uint8Array(16);
  entropy.set(new TextEncoder().encode(nodeDir).subarray(0, 16));
  return entropyToMnemonic(entropy, wordlist);
}

describe('HsmSecret', () => {
  it('derives the BIP39 seed from a mnemonic (64 bytes, mnemonic type)', () => {
    const secret = abandonSecret();
    expect(secret.bytes.length).toBe(64);
    expect(hex(secret.bytes).startsWith('5eb00bbddcf06908')).toBe(true);
    expect(secret.isMnemonicSecret).toBe(true);
    expect(secret.type).toBe(HsmSecretType.MNEMONIC_NO_PASSPHRASE);
  });

  it('reads and writes the mnemonic hsm_secret file: 32 zero bytes ‖ words', () => {
    const file = abandonSecret().toFile();
    expect(hex(file.subarray(0, 32))).toBe('00'.repeat(32));
    expect(new TextDecoder().decode(file.subarray(32))).toBe(ABANDON_MNEMONIC);
    expect(HsmSecret.fromFile(file).bytes).toEqual(abandonSecret().bytes);
    expect(() => HsmSecret.fromFile(file, 'x')).toThrow('Passphrase provided but not needed');
  });

  it('checks a passphrase against the file hash, like extract_mnemonic_secret', () => {
    const words = 'ritual idle hat sunny universe pluck key alpha wing cake have wedding';
    const secret = HsmSecret.fromMnemonic(words, 'test_passphrase');
    expect(secret.type).toBe(HsmSecretType.MNEMONIC_WITH_PASSPHRASE);
    const file = secret.toFile();
    expect(hex(file.subarray(0, 32))).not.toBe('00'.repeat(32));
    expect(HsmSecret.fromFile(file, 'test_passphrase').bytes).toEqual(secret.bytes);
    expect(() => HsmSecret.fromFile(file)).toThrow('Passphrase required');
    expect(() => HsmSecret.fromFile(file, 'wrong')).toThrow('Wrong passphrase');
  });

  it('matches the test_wallet.py checkhsm seed for a passphrase', () => {
    const words = 'blame expire peanut sell door zoo bundle motor truth outside artist siren';
    expect(hex(HsmSecret.fromMnemonic(words, 'passphrase').first32)).toBe(
      '161d740bcfd3c5e2a1769159bee86868ab35e7544e83e825042a43b929ad950c',
    );
    expect(hex(HsmSecret.fromMnemonic(words).first32)).toBe(
      '31bb58d1180831868fd5f562bb74659dca1e9673d034af635df53d677b9e5f03',
    );
  });

  it('treats a 32-byte file as the plain secret and rejects what CLN rejects', () => {
    const plain = HsmSecret.fromFile(new Uint8Array(32).fill(7));
    expect(plain.type).toBe(HsmSecretType.PLAIN);
    expect(plain.isMnemonicSecret).toBe(false);
    expect(() => HsmSecret.fromFile(new Uint8Array(31))).toThrow('Invalid hsm_secret format');
    expect(() => HsmSecret.fromFile(new Uint8Array(73))).toThrow('not supported');
    expect(() => HsmSecret.fromMnemonic('abandon '.repeat(12).trim())).toThrow('Invalid mnemonic');
    // A trailing newline is not stripped by CLN either, so the last word is not in the list.
    const withNewline = new Uint8Array([...new Uint8Array(32), ...new TextEncoder().encode(`${ABANDON_MNEMONIC}\n`)]);
    expect(() => HsmSecret.fromFile(withNewline)).toThrow('Invalid mnemonic');
    expect(() => HsmSecret.fromBytes(new Uint8Array(48))).toThrow();
  });
});

describe('deriveNodeKey', () => {
  it('gives the node id of seed 00×32 (greenlight.md §12)', () => {
    expect(hex(deriveNodeKey(new Uint8Array(32)).nodeId)).toBe(
      '02058e8b6c2ad363ec59aa136429256d745164c2bdc87f98f0a68690ec2c5c9b0b',
    );
  });

  it('gives the node ids of the CLN test suite mnemonics (cln-hsmd.md §5.9)', () => {
    expect(hex(deriveNodeKey(abandonSecret()).nodeId)).toBe(
      '03653e90c1ce4660fd8505dd6d643356e93cfe202af109d382787639dd5890e87d',
    );
    const ritual = HsmSecret.fromMnemonic('ritual idle hat sunny universe pluck key alpha wing cake have wedding', 'test_passphrase');
    expect(hex(deriveNodeKey(ritual).nodeId)).toBe('039020371fb803cd4ce1e9a909b502d7b0a9e0f10cccc35c3e9be959c52d3ba6bd');
  });

  it('gives pyln-testing l1 and l2 their node ids', () => {
    const l1 = pylnMnemonic('lightning-1');
    expect(l1).toBe('hockey enroll sure trip track rescue original plate abandon abandon abandon account');
    expect(hex(deriveNodeKey(HsmSecret.fromMnemonic(l1)).nodeId)).toBe(
      '038194b5f32bdf0aa59812c86c4ef7ad2f294104fa027d1ace9b469bb6f88cf37b',
    );
    expect(hex(deriveNodeKey(HsmSecret.fromMnemonic(pylnMnemonic('lightning-2'))).nodeId)).toBe(
      '033845802d25b4e074ccfd7cd8b339a41dc75bf9978a034800444b51d42b07799a',
    );
  });

  it('reads only the first 32 bytes of a 64-byte secret', () => {
    const secret = abandonSecret();
    expect(deriveNodeKey(secret.first32)).toEqual(deriveNodeKey(secret));
    expect(deriveNodeKey(secret.bytes)).toEqual(deriveNodeKey(secret));
  });
});

describe('deriveSecret (makesecret)', () => {
  it('matches lightningd for the abandon mnemonic (live hsmd) and pyln l1', () => {
    expect(hex(deriveSecret(deriveSecretsBase(abandonSecret()), 'commando'))).toBe(
      '836f8b35485adc06288c7fbf919b7ef2be20d7e823ebce67dc4287613d230679',
    );
    const l1 = HsmSecret.fromMnemonic(pylnMnemonic('lightning-1'));
    expect(hex(deriveSecret(deriveSecretsBase(l1), 'commando'))).toBe(
      '4ac018131e70b044e17891e67960f59b9d602525d3aef9956e900189f456e595',
    );
  });

  it('uses all 64 bytes of a mnemonic secret, unlike hsmtool makerune', () => {
    const secret = abandonSecret();
    expect(deriveSecretsBase(secret)).not.toEqual(deriveSecretsBase(secret.first32));
  });

  it('accepts info as bytes or text', () => {
    const base = deriveSecretsBase(unhex('11'.repeat(32)));
    expect(deriveSecret(base, new TextEncoder().encode('scb secret'))).toEqual(deriveSecret(base, 'scb secret'));
  });
});
