// State signatures: key derivation, digest layout and signatures checked against values computed
// independently (Python `cryptography`: HKDF-SHA256, SHA-256, RFC6979 ECDSA on secp256k1, low-S),
// tampering, and the soft/hard/off modes with the operator override.
import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { SignerState, TOMBSTONE_VERSION, type RawStateEntry } from '@greenhouse/common/signer-state';
import {
  signEntry,
  signUnsigned,
  stateSignatureDigest,
  StateSignatureVerifier,
  stateSigningKey,
  verifyEntry,
} from '../src/state/state-signatures.ts';
import {
  inspectIncomingSignatures,
  STATE_SIGNATURE_OVERRIDE_ACK,
  stateSignaturePolicy,
} from '../src/state/signature-policy.ts';
import { overrideEnabledMessage, overrideUsedMessage } from '../src/state/override-reports.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const utf8 = (text: string) => new TextEncoder().encode(text);
const SEED = new Uint8Array(32);
const KEY = stateSigningKey(SEED);
const OTHER_KEY = stateSigningKey(new Uint8Array(32).fill(1));

describe('stateSigningKey / digest / signEntry (independent vectors, seed 00×32)', () => {
  it('derives HKDF-SHA256(seed, salt ∅, info "greenlight/state-signing/v1")', () => {
    expect(hex(KEY.privateKey)).toBe('28438c373a4c4197b059207151e749e0ba6cfb6e69ce4e1ff64892f7c0c9e6ef');
    expect(hex(KEY.publicKey)).toBe('027d2ebcb31b9e07d591ba2be23de540869568a3e387c9b97f834ed79e64480016');
  });

  it('hashes domain ‖ u32be(len key) ‖ key ‖ u64be(version) ‖ u32be(len value) ‖ value', () => {
    expect(hex(stateSignatureDigest('state/test', 1n, utf8('{"v":1}')))).toBe(
      'd71641f9e8963f09fd67919427d4a4a5df4a2c8b5c26d1f802cba991c7b0127a',
    );
    expect(hex(stateSignatureDigest('channels/abc', TOMBSTONE_VERSION, utf8('null')))).toBe(
      '02f1922d79f87238c5330ee016907aabed1a208c63b7dd3a86ea38e0a1a726f5',
    );
  });

  it('signs with RFC6979, low-S, 64-byte compact', () => {
    expect(hex(signEntry(KEY, { key: 'state/test', version: 1n, value: '{"v":1}' }))).toBe(
      '8b924cc809ba979d85d0350b4c3ccb029ed0d202ce5ac587bdff1e231f5d42d9798d417b4000d3a6a736cc1d57669a93cec84bf60046238867d9fb2ce053fa19',
    );
    expect(hex(signEntry(KEY, { key: 'channels/abc', version: TOMBSTONE_VERSION, value: 'null' }))).toBe(
      '9a10523fa033db0cfa671bc12af97a5437feb93f723ecfcf76b2cb7ac1fe8fbf6e0b601dc9025dbf0a7b0945f14a294495b2ab6f67a3e83fff16f22bb22c8479',
    );
  });

  it('refuses a seed that is not 32 bytes', () => {
    expect(() => stateSigningKey(new Uint8Array(64))).toThrow(/32-byte seed/);
  });
});

describe('verifyEntry', () => {
  const signed = { key: 'nodes/02aa', version: 5n, value: '{"a":1}' };
  const signature = signEntry(KEY, signed);

  it('accepts its own signature, over canonical text or the same raw bytes', () => {
    expect(verifyEntry(KEY.publicKey, { ...signed, signature })).toEqual({ valid: true });
    expect(verifyEntry(KEY.publicKey, { ...signed, value: utf8('{"a":1}'), signature })).toEqual({ valid: true });
  });

  it.each([
    ['key', { key: 'nodes/02ab' }],
    ['version', { version: 6n }],
    ['value', { value: '{"a":2}' }],
    ['value bytes (same JSON, other spelling)', { value: '{ "a":1}' }],
  ])('fails when the %s is tampered with', (_what, change) => {
    expect(verifyEntry(KEY.publicKey, { ...signed, ...change, signature })).toEqual({
      valid: false,
      reason: 'signature verification failed',
    });
  });

  it('fails for another seed, a flipped bit, the wrong length, and the high-S twin', () => {
    expect(verifyEntry(OTHER_KEY.publicKey, { ...signed, signature }).valid).toBe(false);
    const flipped = Uint8Array.from(signature);
    flipped[10]! ^= 1;
    expect(verifyEntry(KEY.publicKey, { ...signed, signature: flipped }).valid).toBe(false);
    expect(verifyEntry(KEY.publicKey, { ...signed, signature: signature.subarray(0, 63) })).toEqual({
      valid: false,
      reason: 'expected 64 signature bytes, got 63',
    });
    const highS = secp256k1.Signature.fromBytes(signature, 'compact');
    const twin = new secp256k1.Signature(highS.r, secp256k1.Point.Fn.ORDER - highS.s).toBytes('compact');
    expect(verifyEntry(KEY.publicKey, { ...signed, signature: twin }).valid).toBe(false);
    expect(verifyEntry(KEY.publicKey, { ...signed, signature: new Uint8Array(64).fill(1) }).valid).toBe(false);
  });
});

describe('StateSignatureVerifier: each (digest, signature) pair verified once', () => {
  const signed = { key: 'greenhouse/channels/02aa/7', version: 5n, value: '{"a":1}' };
  const signature = signEntry(KEY, signed);
  const raw = { ...signed, value: utf8(signed.value), signature };

  it('remembers a valid pair and answers it again without a new verification', () => {
    const verifier = new StateSignatureVerifier(KEY.publicKey);
    expect(verifier.check(raw)).toEqual({ valid: true });
    expect(verifier.check({ ...raw, value: utf8(signed.value), signature: Uint8Array.from(signature) })).toEqual({ valid: true });
    expect(verifier.verifications).toBe(1);
    expect(verifier.size).toBe(1);
  });

  it('misses on any change of key, version, value or signature, and keeps refusing what does not verify', () => {
    const verifier = new StateSignatureVerifier(KEY.publicKey);
    expect(verifier.check(raw).valid).toBe(true);
    const flipped = Uint8Array.from(signature);
    flipped[10]! ^= 1;
    const highS = secp256k1.Signature.fromBytes(signature, 'compact');
    const twin = new secp256k1.Signature(highS.r, secp256k1.Point.Fn.ORDER - highS.s).toBytes('compact');
    for (const changed of [
      { ...raw, key: 'greenhouse/channels/02aa/8' },
      { ...raw, version: 6n },
      { ...raw, value: utf8('{"a":2}') },
      { ...raw, value: utf8('{"a":1} ') },
      { ...raw, signature: flipped },
      { ...raw, signature: twin },
    ]) {
      expect(verifier.check(changed)).toEqual({ valid: false, reason: 'signature verification failed' });
      expect(verifier.check(changed).valid).toBe(false);
    }
    expect(verifier.check({ ...raw, signature: signature.subarray(0, 63) })).toEqual({ valid: false, reason: 'expected 64 signature bytes, got 63' });
    expect(verifier.size).toBe(1);
  });

  it('is bound to its public key: a pair valid for another key is not valid here', () => {
    const other = new StateSignatureVerifier(OTHER_KEY.publicKey);
    expect(other.check(raw).valid).toBe(false);
    const forged = { ...raw, signature: signEntry(OTHER_KEY, signed) };
    expect(other.check(forged).valid).toBe(true);
    expect(new StateSignatureVerifier(KEY.publicKey).check(forged).valid).toBe(false);
  });

  it('remembers what signUnsigned signed through it, and forgets the oldest pairs beyond its capacity', () => {
    const verifier = new StateSignatureVerifier(KEY.publicKey, 2);
    const state = new SignerState();
    for (const key of ['a', 'b', 'c']) state.write(key, { key });
    expect(signUnsigned(state, KEY, verifier)).toEqual(['a', 'b', 'c']);
    expect(verifier.size).toBe(2);
    const wireOf = (key: string) => ({ key, ...state.get(key)!, value: utf8(state.get(key)!.value) });
    expect(verifier.check(wireOf('c')).valid).toBe(true);
    expect(verifier.check(wireOf('b')).valid).toBe(true);
    expect(verifier.verifications).toBe(0);
    expect(verifier.check(wireOf('a')).valid).toBe(true); // forgotten: verified again
    expect(verifier.verifications).toBe(1);
  });

  it('inspectIncomingSignatures takes it in place of the public key, with the same results', () => {
    const verifier = new StateSignatureVerifier(KEY.publicKey);
    const entries: RawStateEntry[] = [raw, { ...raw, key: 'other', signature: new Uint8Array(64).fill(1) }, { ...raw, key: 'unsigned', signature: new Uint8Array(0) }];
    for (const mode of ['soft', 'hard', 'off'] as const) {
      expect(inspectIncomingSignatures(entries, mode, verifier)).toEqual(inspectIncomingSignatures(entries, mode, KEY.publicKey));
    }
  });
});

describe('signUnsigned', () => {
  it('signs every unsigned entry, tombstones included, and leaves signed ones (even invalid) alone', () => {
    const state = SignerState.fromEntries([
      { key: 'signed', version: 1n, value: '{"v":1}', signature: Uint8Array.of(9, 9) },
      { key: 'unsigned', version: 2n, value: '{"v":2}', signature: new Uint8Array(0) },
    ]);
    state.remove('gone');
    expect(signUnsigned(state, KEY)).toEqual(['gone', 'unsigned']);
    expect(state.get('signed')!.signature).toEqual(Uint8Array.of(9, 9));
    for (const key of ['gone', 'unsigned']) {
      const entry = state.get(key)!;
      expect(verifyEntry(KEY.publicKey, { key, ...entry })).toEqual({ valid: true });
    }
    expect(signUnsigned(state, KEY)).toEqual([]);
  });
});

describe('signature modes', () => {
  const raw = (key: string, signature: Uint8Array): RawStateEntry => ({ key, version: 1n, value: utf8('{"v":1}'), signature });
  const good = raw('state/good', signEntry(KEY, { key: 'state/good', version: 1n, value: '{"v":1}' }));
  const missing = raw('state/missing', new Uint8Array(0));
  const invalid = raw('state/invalid', new Uint8Array(64).fill(1));
  const forged = raw('state/forged', signEntry(OTHER_KEY, { key: 'state/forged', version: 1n, value: '{"v":1}' }));

  it('soft: accepts valid and unsigned entries, names the key of an invalid one', () => {
    expect(inspectIncomingSignatures([good, missing], 'soft', KEY.publicKey)).toEqual({
      missingKeys: [],
      invalidKeys: [],
      firstProblem: undefined,
    });
    const inspection = inspectIncomingSignatures([good, missing, forged, invalid], 'soft', KEY.publicKey);
    expect(inspection.invalidKeys).toEqual(['state/forged', 'state/invalid']);
    expect(inspection.firstProblem).toBe('invalid state signature for key state/forged: signature verification failed');
  });

  it('hard: an unsigned entry is a problem too', () => {
    const inspection = inspectIncomingSignatures([good, missing, invalid], 'hard', KEY.publicKey);
    expect(inspection.missingKeys).toEqual(['state/missing']);
    expect(inspection.invalidKeys).toEqual(['state/invalid']);
    expect(inspection.firstProblem).toBe('missing state signature for key state/missing');
    expect(inspectIncomingSignatures([good], 'hard', KEY.publicKey).firstProblem).toBeUndefined();
  });

  it('off: checks nothing', () => {
    expect(inspectIncomingSignatures([missing, invalid, forged], 'off', KEY.publicKey)).toEqual({
      missingKeys: [],
      invalidKeys: [],
      firstProblem: undefined,
    });
  });

  it('validates the operator override as Greenlight does', () => {
    expect(stateSignaturePolicy()).toEqual({ mode: 'soft', override: undefined });
    expect(stateSignaturePolicy('hard', { ack: STATE_SIGNATURE_OVERRIDE_ACK, note: '  manual fix ' })).toEqual({
      mode: 'hard',
      override: { note: 'manual fix' },
    });
    expect(stateSignaturePolicy('soft', { ack: STATE_SIGNATURE_OVERRIDE_ACK, note: '   ' }).override).toEqual({ note: undefined });
    expect(() => stateSignaturePolicy('off', { ack: STATE_SIGNATURE_OVERRIDE_ACK })).toThrow(
      'state signature override is incompatible with state signature mode off',
    );
    expect(() => stateSignaturePolicy('soft', { ack: 'WRONG' })).toThrow(
      'invalid state signature override ack, expected I_ACCEPT_OPERATOR_ASSISTED_STATE_OVERRIDE',
    );
    expect(() => stateSignaturePolicy('strict' as never)).toThrow(/unknown state signature mode/);
  });

  it('formats override reports like gl-client', () => {
    expect(overrideEnabledMessage('soft', Uint8Array.of(0x02, 0xab, 0xcd), 'operator assisted')).toBe(
      'STATE_SIGNATURE_OVERRIDE_ENABLED mode=soft node_id=02abcd note="operator assisted"',
    );
    const keys = Array.from({ length: 10 }, (_, i) => `nodes/${i}`);
    expect(overrideUsedMessage('hard', 7, { missingKeys: ['nodes/a'], invalidKeys: keys }, undefined)).toBe(
      'STATE_SIGNATURE_OVERRIDE_USED mode=hard request_id=7 missing_count=1 invalid_count=10 missing_keys=nodes/a ' +
        'invalid_keys=nodes/0,nodes/1,nodes/2,nodes/3,nodes/4,nodes/5,nodes/6,nodes/7,+2more note=null',
    );
  });
});
