import { describe, expect, it } from 'vitest';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import {
  decodeHsmd,
  decodeHsmdAs,
  describeHsmdType,
  encodeHsmd,
  hsmdMessageName,
  HSMD_MESSAGES,
  HSMD_SUBTYPES,
  HSMD_TLV_STREAMS,
  HSMD_TYPE,
  HSMD_WIRE_CSV_SOURCE,
  HSMD_WIRE_CSV_SUM,
  type FieldDef,
  type HsmdMessageInput,
  type TlvRecordDef,
} from '../src/hsmd/index.ts';

// Sample values for every CSV field type, built from the table itself so that every message of the
// catalogue gets a round trip. Variant 0 leaves optional fields out and arrays empty; variant 1 fills
// everything, adds an unknown odd TLV record, and uses two-element arrays.

const point = (k: number) => secp256k1.Point.BASE.multiply(BigInt(k)).toBytes(true);
let seed = 1;
/** Distinct bytes per call, all below 0x80 so any 32-byte half is a valid signature scalar. */
const bytes = (n: number) => {
  const s = seed++;
  return Uint8Array.from({ length: n }, (_, i) => (s * 31 + i * 7) & 0x7f);
};
const psbt = () => Uint8Array.of(0x70, 0x73, 0x62, 0x74, 0xff, ...bytes(20));

function sampleOf(type: string, variant: number): unknown {
  switch (type) {
    case 'u8':
      return 0xab;
    case 'u16':
      return 0xbeef;
    case 'u32':
      return 0xdead_beef;
    case 'u64':
    case 'amount_sat':
    case 'amount_msat':
      return 0x0123_4567_89ab_cdefn + BigInt(variant);
    case 'bool':
      return variant === 1;
    case 'side':
      return variant;
    case 'node_id':
    case 'pubkey':
      return point(seed++);
    case 'secret':
    case 'privkey':
    case 'sha256':
    case 'bitcoin_txid':
    case 'chainparams':
      return bytes(32);
    case 'secp256k1_ecdsa_signature':
    case 'bip340sig':
      return bytes(64);
    case 'secp256k1_ecdsa_recoverable_signature':
      return { signature: bytes(64), recid: 2 + variant };
    case 'bitcoin_signature':
      return { signature: bytes(64), sighash_type: variant === 0 ? 0x01 : 0x83 };
    case 'ext_key':
      return bytes(78);
    case 'bip32_key_version':
      return { pubkey_version: 0x043587cf, privkey_version: 0x04358394 };
    case 'wirestring':
      return variant === 0 ? '' : 'bolt12-invoice-base ✓';
    case 'basepoints':
      return { revocation: point(seed++), payment: point(seed++), htlc: point(seed++), delayed_payment: point(seed++) };
    case 'secrets':
      return {
        funding_privkey: bytes(32),
        revocation_basepoint_secret: bytes(32),
        payment_basepoint_secret: bytes(32),
        delayed_payment_basepoint_secret: bytes(32),
        htlc_basepoint_secret: bytes(32),
      };
    case 'channel_type':
      return variant === 0 ? new Uint8Array() : Uint8Array.of(0x10, 0x10, 0x00);
    case 'bitcoin_tx':
      return { tx: bytes(60), psbt: psbt() };
    case 'wally_psbt':
      return psbt();
    case 'hsm_utxo':
      return variant === 0
        ? { txid: bytes(32), vout: 1, amount_sat: 100_000n, keyindex: 7, script_pubkey: new Uint8Array(), close_info: undefined }
        : {
            txid: bytes(32),
            vout: 0,
            amount_sat: 2n ** 40n,
            keyindex: 0,
            script_pubkey: bytes(22),
            close_info: { channel_dbid: 9n, peer_id: point(seed++), commitment_point: point(seed++), option_anchors: true, csv: 1 },
          };
    default: {
      const subtype = (HSMD_SUBTYPES as Record<string, readonly FieldDef[]>)[type];
      if (subtype === undefined) throw new Error(`no sample for ${type}`);
      return sampleFields(subtype, variant);
    }
  }
}

function sampleTlvStream(records: readonly TlvRecordDef[], variant: number): Record<string, unknown> {
  if (variant === 0) return {};
  const stream: Record<string, unknown> = {};
  for (const record of records) {
    const fields = sampleFields(record.fields, variant);
    stream[record.name] = record.fields.length === 1 ? fields[record.fields[0]!.name] : fields;
  }
  stream['unknown'] = [{ type: 1001n, value: Uint8Array.of(1, 2, 3) }];
  return stream;
}

function sampleFields(fields: readonly FieldDef[], variant: number): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if ('lengthOf' in field) continue;
    if ('tlv' in field) {
      values[field.name] = sampleTlvStream((HSMD_TLV_STREAMS as Record<string, readonly TlvRecordDef[]>)[field.tlv]!, variant);
    } else if ('lengthField' in field) {
      if (field.type === 'u8') values[field.name] = variant === 0 ? new Uint8Array() : bytes(5);
      else values[field.name] = variant === 0 ? [] : [sampleOf(field.type, variant), sampleOf(field.type, 0)];
    } else if ('optional' in field) {
      if (variant === 1) values[field.name] = sampleOf(field.type, variant);
    } else {
      values[field.name] = sampleOf(field.type, variant);
    }
  }
  return values;
}

describe('hsmd catalogue table', () => {
  it('is generated from the v26.06.6 CSV (its check-hsm-versions sum is the one hsm_version.h lists last)', () => {
    expect(HSMD_WIRE_CSV_SOURCE).toBe('v26.06.6');
    // common/hsm_version.h: "v6 with hsmd_sign_local_htlc_tx removed: 0e28ca36…"
    expect(HSMD_WIRE_CSV_SUM).toBe('0e28ca3699196cf9d26d38f8f621d1bf68c76cf5e2cdc1f4157a6937b02dc2f6');
  });

  it('holds every message of the CSV once, with unique type numbers', () => {
    expect(HSMD_MESSAGES).toHaveLength(89);
    expect(new Set(HSMD_MESSAGES.map((m) => m.type)).size).toBe(89);
    expect(new Set(HSMD_MESSAGES.map((m) => m.name)).size).toBe(89);
  });

  it('names types both ways', () => {
    expect(HSMD_TYPE.hsmd_init).toBe(11);
    expect(HSMD_TYPE.hsmd_init_reply_v4).toBe(114);
    expect(HSMD_TYPE.hsmd_check_bip86_pubkey).toBe(56);
    expect(HSMD_TYPE.hsmstatus_client_bad_request).toBe(1000);
    expect(hsmdMessageName(109)).toBe('hsmd_client_hsmfd_reply');
    expect(hsmdMessageName(16)).toBeUndefined(); // hsmd_sign_local_htlc_tx, removed after v25.09
    expect(describeHsmdType(27)).toBe('hsmd_derive_secret (27)');
    expect(describeHsmdType(4242)).toBe('unknown message type 4242');
  });
});

describe('hsmd catalogue round trips', () => {
  for (const def of HSMD_MESSAGES) {
    it(`${def.name} (${def.type})`, () => {
      for (const variant of [0, 1]) {
        const input = { kind: def.name, ...sampleFields(def.fields, variant) } as HsmdMessageInput;
        const body = encodeHsmd(input);
        expect(body.subarray(0, 2)).toEqual(Uint8Array.of(def.type >> 8, def.type & 0xff));
        const decoded = decodeHsmd(body);
        expect(decoded).toEqual({ ...input, type: def.type });
        expect(decodeHsmdAs(def.name, body)).toEqual(decoded);
        // Re-encoding what we decoded gives the same bytes (unknown TLV records included).
        expect(encodeHsmd(decoded as HsmdMessageInput)).toEqual(body);
      }
    });
  }

  it('writes an omitted TLV stream as an empty one', () => {
    const base = { kind: 'hsmd_dev_preinit' } as const;
    expect(encodeHsmd(base)).toEqual(Uint8Array.of(0x00, 0x63));
    expect(encodeHsmd({ ...base, tlvs: {} })).toEqual(Uint8Array.of(0x00, 0x63));
    expect(decodeHsmd(Uint8Array.of(0x00, 0x63))).toEqual({ kind: 'hsmd_dev_preinit', type: 99, tlvs: {} });
  });

  it('returns unknown types as raw bytes instead of failing, so a proxy can forward them', () => {
    const body = Uint8Array.of(0x07, 0xd8, 1, 2, 3); // 2008: VLS's GetHeartbeat, not a CLN message
    const decoded = decodeHsmd(body);
    expect(decoded).toEqual({ kind: 'unknown', type: 2008, raw: body });
    body[2] = 9;
    expect(decoded.kind === 'unknown' && decoded.raw[2]).toBe(1); // a copy, not a view
  });

  it('gives typed access to fields', () => {
    const body = encodeHsmd({ kind: 'hsmd_derive_secret', info: new TextEncoder().encode('commando') });
    const message = decodeHsmd(body);
    if (message.kind !== 'hsmd_derive_secret') throw new Error('wrong kind');
    expect(new TextDecoder().decode(message.info)).toBe('commando');
    const reply = decodeHsmdAs('hsmd_init_reply_v4', encodeHsmd({
      kind: 'hsmd_init_reply_v4',
      hsm_version: 6,
      hsm_capabilities: [147, 29],
      node_id: point(1),
      bip32: new Uint8Array(78),
      bolt12: point(2),
      tlvs: { hsm_secret_type: 2 },
    }));
    expect(reply.hsm_capabilities).toEqual([147, 29]);
    expect(reply.tlvs?.hsm_secret_type).toBe(2);
    expect(reply.tlvs?.bip86_base).toBeUndefined();
  });
});
