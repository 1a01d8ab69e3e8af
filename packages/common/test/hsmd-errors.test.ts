import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { decodeHsmd, decodeHsmdAs, encodeHsmd, HsmdWireError, type HsmdMessageInput } from '../src/hsmd/index.ts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const G = secp256k1.Point.BASE.toBytes(true);
const GHEX = Buffer.from(G).toString('hex');

function decodeError(body: Uint8Array, options?: { allowTrailingBytes?: boolean }): HsmdWireError {
  try {
    decodeHsmd(body, options);
  } catch (error) {
    expect(error).toBeInstanceOf(HsmdWireError);
    return error as HsmdWireError;
  }
  throw new Error('decoded without error');
}

function encodeError(message: unknown): HsmdWireError {
  try {
    encodeHsmd(message as HsmdMessageInput);
  } catch (error) {
    expect(error).toBeInstanceOf(HsmdWireError);
    return error as HsmdWireError;
  }
  throw new Error('encoded without error');
}

describe('hsmd decode errors name the message, field and offset', () => {
  it('truncated fixed field', () => {
    const error = decodeError(hex(`0001 ${GHEX.slice(0, 40)}`));
    expect(error.code).toBe('truncated');
    expect(error.message).toBe('hsmd_ecdh_req (1), field point at offset 2: pubkey needs 33 bytes, only 20 left');
    expect(error).toMatchObject({ messageName: 'hsmd_ecdh_req', messageType: 1, field: 'point', offset: 2 });
  });

  it('truncated integer late in a message', () => {
    const body = hex(`000b 043587cf 04358394 ${'00'.repeat(32)} 0000000000 00000005 0000`);
    expect(decodeError(body).message).toBe(
      'hsmd_init (11), field hsm_wire_max_version at offset 51: u32 needs 4 bytes, only 2 left',
    );
  });

  it('a count larger than the bytes left', () => {
    const error = decodeError(hex('001b 0010 636f6d6d616e646f'));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/hsmd_derive_secret \(27\), field len at offset 2: count 16 for info exceeds the 8 bytes left/);
  });

  it('an element of an array', () => {
    const body = hex(`0007 0001 ${'ab'.repeat(32)} 00000001`);
    expect(decodeError(body).message).toMatch(/hsmd_sign_withdrawal \(7\), field inputs\[0\] at offset 40: u64 needs 8 bytes/);
  });

  it('trailing bytes are refused by default, accepted (and dropped) like CLN on request', () => {
    const body = hex(`0001 ${GHEX} 00ff`);
    const error = decodeError(body);
    expect(error.code).toBe('trailing_bytes');
    expect(error.message).toMatch(/hsmd_ecdh_req \(1\) at offset 35: 2 bytes after the last field/);
    expect(decodeHsmd(body, { allowTrailingBytes: true })).toEqual({ kind: 'hsmd_ecdh_req', type: 1, point: G });
  });

  it('a point that is not on the curve, where CLN parses a pubkey', () => {
    const offCurve = `02${'00'.repeat(31)}05`;
    expect(decodeError(hex(`0001 ${offCurve}`))).toMatchObject({ code: 'invalid_value', field: 'point' });
    expect(decodeError(hex(`0001 04${GHEX.slice(2)}`)).message).toMatch(/not a compressed secp256k1 point/);
    // Valid points are remembered by their bytes; that never lets an off-curve point through.
    expect(() => decodeHsmd(hex(`0001 ${GHEX}`))).not.toThrow();
    expect(() => decodeHsmd(hex(`0001 ${GHEX}`))).not.toThrow();
    expect(decodeError(hex(`0001 ${offCurve}`))).toMatchObject({ code: 'invalid_value', field: 'point' });
    // node_id is not checked by CLN, so it is not checked here either.
    expect(() => decodeHsmd(hex(`0009 ${'00'.repeat(33)} ${'00'.repeat(16)}`))).not.toThrow();
  });

  it('a bool that is neither 0 nor 1, and an optional presence byte of 2', () => {
    expect(decodeError(hex('008002')).message).toBe('hsmd_check_pubkey_reply (128), field ok at offset 2: bool must be 0 or 1, got 2');
    expect(decodeError(hex(`0076 ${GHEX} 02`))).toMatchObject({ code: 'invalid_value', field: 'old_commitment_secret' });
  });

  it('signatures CLN would not parse', () => {
    const n = 'fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141';
    expect(decodeError(hex(`0068 ${n}${'01'.repeat(32)} 00`)).message).toMatch(/r or s ≥ the curve order/);
    expect(decodeError(hex(`006c ${'01'.repeat(64)} 04`)).message).toMatch(/recovery id must be 0..3, got 4/);
    expect(decodeError(hex(`0070 ${'01'.repeat(64)} 02`)).message).toMatch(/sighash type must be 0x01 or 0x83, got 0x2/);
  });

  it('wirestrings: missing NUL, control characters', () => {
    expect(decodeError(hex('0026 6c6e6263'))).toMatchObject({ code: 'truncated', field: 'invstring' });
    expect(decodeError(hex('0026 6c6e0a6263 00')).message).toMatch(/field invstring at offset 4: wirestring has control character 0x0a/);
  });

  it('PSBTs and transactions: empty or without the BIP 174 magic', () => {
    expect(decodeError(hex('006b 00000000')).message).toMatch(/field psbt at offset 2: PSBT must not be empty/);
    expect(decodeError(hex('006b 00000002 0102')).message).toMatch(/PSBT does not start with the magic/);
    expect(decodeError(hex('0015 00000000')).message).toMatch(/field tx at offset 2: transaction must not be empty/);
  });

  it('hsm_htlc side outside LOCAL/REMOTE', () => {
    const htlc = `02 ${'00'.repeat(8)} ${'00'.repeat(32)} 00000000`;
    const validate = hex(`0023 00000001 00 00000006 70736274ff00 0001 ${htlc}`);
    expect(decodeError(validate)).toMatchObject({ code: 'invalid_value', field: 'htlcs[0].side' });
  });

  it('TLV streams: unknown even type, disorder, duplicates, non-minimal BigSize, bad record length', () => {
    expect(decodeError(hex('0063 020101')).message).toMatch(/field tlvs at offset 2: unknown even TLV type 2/);
    expect(decodeError(hex('0063 030100 010101'))).toMatchObject({ code: 'invalid_tlv', message: expect.stringMatching(/type 1 after 3/) });
    expect(decodeError(hex('0063 010101 010101')).code).toBe('invalid_tlv');
    expect(decodeError(hex('0063 fd0001 0101')).message).toMatch(/BigSize 1 is not minimally encoded/);
    expect(decodeError(hex('0063 01020100')).message).toMatch(/1 bytes left over in TLV record fail_preapprove/);
    expect(decodeError(hex('0063 0100')).code).toBe('truncated'); // a bool needs its byte
    expect(decodeError(hex('0063 0105 01'))).toMatchObject({ code: 'truncated', message: expect.stringMatching(/claims 5 bytes, only 1 left/) });
    // Unknown odd records are kept, not refused.
    expect(decodeHsmd(hex('0063 07020a0b'))).toEqual({
      kind: 'hsmd_dev_preinit',
      type: 99,
      tlvs: { unknown: [{ type: 7n, value: hex('0a0b') }] },
    });
  });

  it('decodeHsmdAs refuses another message type', () => {
    expect(() => decodeHsmdAs('hsmd_init_reply_v4', hex('0073 00000001 00'))).toThrow(
      expect.objectContaining({ code: 'wrong_type', message: 'expected hsmd_init_reply_v4 (114), got hsmd_init_reply_failure (115)' }),
    );
  });

  it('a body too short for its type', () => {
    expect(() => decodeHsmd(hex('00'))).toThrow(expect.objectContaining({ code: 'frame_too_short' }));
  });
});

describe('hsmd encode errors name the message and field', () => {
  it('wrong fixed lengths', () => {
    const error = encodeError({ kind: 'hsmd_ecdh_resp', ss: new Uint8Array(31) });
    expect(error.code).toBe('invalid_length');
    expect(error.message).toBe('hsmd_ecdh_resp (100), field ss: must be exactly 32 bytes, got 31');
  });

  it('missing fields and wrong value types', () => {
    expect(encodeError({ kind: 'hsmd_ecdh_req' }).message).toBe('hsmd_ecdh_req (1), field point: missing required field');
    expect(encodeError({ kind: 'hsmd_derive_secret' }).message).toMatch(/field info: missing required field/);
    expect(encodeError({ kind: 'hsmd_get_per_commitment_point', n: 5 }).message).toMatch(/field n: u64 must be a bigint/);
    expect(encodeError({ kind: 'hsmd_check_pubkey', index: -1, pubkey: G }).message).toMatch(/field index: u32 must be an integer/);
  });

  it('values CLN could not read back', () => {
    expect(encodeError({ kind: 'hsmd_ecdh_req', point: new Uint8Array(33) }).message).toMatch(/not a compressed secp256k1 point/);
    expect(encodeError({ kind: 'hsmd_preapprove_invoice', invstring: 'ln\u0000bc' }).message).toMatch(/cannot hold NUL or control/);
    expect(
      encodeError({ kind: 'hsmd_sign_tx_reply', sig: { signature: new Uint8Array(64), sighash_type: 2 } }).message,
    ).toMatch(/field sig: sighash type must be 0x01 or 0x83/);
  });

  it('arrays longer than their count field can say', () => {
    const error = encodeError({ kind: 'hsmd_sign_message', msg: new Uint8Array(70_000) });
    expect(error.code).toBe('invalid_length');
    expect(error.message).toBe('hsmd_sign_message (23), field len: msg has 70000 entries, more than u16 can count');
  });

  it('TLV records a reader would refuse', () => {
    const unknown = (type: bigint) => ({ kind: 'hsmd_dev_preinit', tlvs: { unknown: [{ type, value: new Uint8Array() }] } });
    expect(encodeError(unknown(4n)).message).toBe('hsmd_dev_preinit (99), field tlvs.unknown: unknown record type 4 is even: readers must refuse it');
    expect(encodeError(unknown(3n)).message).toMatch(/unknown record has the known type 3/);
    expect(encodeHsmd(unknown(0xfdn) as HsmdMessageInput)).toEqual(hex('0063 fd00fd 00'));
  });

  it('unknown kinds and mismatched types', () => {
    expect(encodeError({ kind: 'hsmd_nope' }).code).toBe('wrong_type');
    expect(encodeError({ kind: 'hsmd_ecdh_req', type: 2, point: G }).message).toBe('hsmd_ecdh_req has type 1, not 2');
  });

  it('writes large messages (buffer growth) intact', () => {
    const psbt = Uint8Array.from({ length: 300_000 }, (_, i) => i & 0xff);
    psbt.set([0x70, 0x73, 0x62, 0x74, 0xff]);
    const body = encodeHsmd({ kind: 'hsmd_sign_withdrawal_reply', psbt });
    expect(body).toHaveLength(2 + 4 + psbt.length);
    expect(decodeHsmdAs('hsmd_sign_withdrawal_reply', body).psbt).toEqual(psbt);
  });
});
