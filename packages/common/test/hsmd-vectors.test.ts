// Byte strings built by hand from hsmd_wire.csv (v26.06.6) and the observed values in
// research/cln-hsmd.md (§1.5, §5.9 [live]) and research/greenlight.md (§5.3–5.4): the codec must read
// exactly what lightningd, stock hsmd and Greenlight put on the wire.
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  clientContextFromHsmfd,
  decodeHsmd,
  decodeHsmdAs,
  encodeHsmd,
  frame,
  HSMD_CLIENT_HSMFD_REPLY,
  hsmfdRequestFor,
  isChannelClient,
  networkForChainHash,
  permissionsOf,
  type HsmdMessageInput,
} from '../src/hsmd/index.ts';

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** The 78-byte BIP32 serialization inside an xpub/tpub string (checksum verified). */
function extKeyFromBase58(text: string): Uint8Array {
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(BASE58.indexOf(c));
  const raw = hex(n.toString(16).padStart(164, '0'));
  const payload = raw.subarray(0, 78);
  expect(sha256(sha256(payload)).subarray(0, 4)).toEqual(raw.subarray(78));
  return payload;
}

const REGTEST_GENESIS = '06226e46111a0b59caaf126043eb5bbf28c34f3a5e332a1fc7b2b73cf188910f';

function expectRoundTrip(body: Uint8Array) {
  expect(encodeHsmd(decodeHsmd(body) as HsmdMessageInput)).toEqual(body);
}

describe('hsmd_init (11)', () => {
  // §1.5/§5.9: lightningd on regtest, no --dev-force-*, no passphrase: 55 bytes, no TLV.
  const LIGHTNINGD_REGTEST_INIT = hex(`
    000b
    043587cf 04358394
    ${REGTEST_GENESIS}
    00 00 00 00 00
    00000005 00000006`);

  it('reads the 55-byte init lightningd sends on regtest', () => {
    expect(LIGHTNINGD_REGTEST_INIT).toHaveLength(55);
    const init = decodeHsmdAs('hsmd_init', LIGHTNINGD_REGTEST_INIT);
    expect(init).toEqual({
      kind: 'hsmd_init',
      type: 11,
      bip32_key_version: { pubkey_version: 0x043587cf, privkey_version: 0x04358394 },
      chainparams: hex(REGTEST_GENESIS),
      hsm_encryption_key: undefined,
      dev_force_privkey: undefined,
      dev_force_bip32_seed: undefined,
      dev_force_channel_secrets: undefined,
      dev_force_channel_secrets_shaseed: undefined,
      hsm_wire_min_version: 5,
      hsm_wire_max_version: 6,
      tlvs: {},
    });
    expect(networkForChainHash(init.chainparams)?.name).toBe('regtest');
    expectRoundTrip(LIGHTNINGD_REGTEST_INIT);
  });

  it("reads Greenlight's canned startup init: key versions 0/0, all-zero chain, min 4 max 6", () => {
    const canned = hex(`000b 00000000 00000000 ${'00'.repeat(32)} 0000000000 00000004 00000006`);
    const init = decodeHsmdAs('hsmd_init', canned);
    expect(init.bip32_key_version).toEqual({ pubkey_version: 0, privkey_version: 0 });
    expect(init.chainparams).toEqual(new Uint8Array(32));
    expect(networkForChainHash(init.chainparams)).toBeUndefined();
    expect([init.hsm_wire_min_version, init.hsm_wire_max_version]).toEqual([4, 6]);
    expect(
      encodeHsmd({
        kind: 'hsmd_init',
        bip32_key_version: { pubkey_version: 0, privkey_version: 0 },
        chainparams: new Uint8Array(32),
        hsm_wire_min_version: 4,
        hsm_wire_max_version: 6,
      }),
    ).toEqual(canned);
  });

  it('reads optional dev fields and the hsm_passphrase TLV (--hsm-passphrase)', () => {
    const body = hex(`
      000b 0488b21e 0488ade4 ${'11'.repeat(32)}
      00
      01 ${'22'.repeat(32)}
      00 00 00
      00000005 00000006
      01 08 68756e74657232 00`); // TLV 1, length 8: "hunter2" and its NUL
    const init = decodeHsmdAs('hsmd_init', body);
    expect(init.dev_force_privkey).toEqual(hex('22'.repeat(32)));
    expect(init.tlvs).toEqual({ hsm_passphrase: 'hunter2' });
    expectRoundTrip(body);
  });
});

describe('hsmd_init_reply_v4 (114)', () => {
  // §5.9 [live]: real lightning_hsmd v26.06.6, regtest, the "abandon … about" mnemonic.
  const CAPABILITIES = [28, 56, 142, 147, 149, 29, 32, 34, 40, 41, 45, 51, 52];
  const NODE_ID = '03653e90c1ce4660fd8505dd6d643356e93cfe202af109d382787639dd5890e87d';
  const BOLT12 = '02d575a541247ec761fc210ae1b0093defe026618c21824ba106dd9dd15d013428';
  const BIP32 = extKeyFromBase58('tpubDAzgDvx1DTZ1HcxBWcz1o3j376g88jdMjSKNbTrJ8GYtmHmekx44GjemxNqKqW2x1uBCy42zgZgq9RZGHCY5zUCLPUokLC5bmc78Qv2Lpab');
  const BIP86 = extKeyFromBase58('tpubDC3pD7UZXnsgh3EBjbtBQiB1FnLask7UHBSunZ1DPK4dCFFZoFRkgxHB8gt42FvLzx1DpxfHWxAsYaY6b643RVcGjDxXxns7wKKYnnfEcbB');
  const REPLY = hex(`
    0072
    00000006
    000d ${CAPABILITIES.map((c) => c.toString(16).padStart(8, '0')).join(' ')}
    ${NODE_ID}
    ${Buffer.from(BIP32).toString('hex')}
    ${BOLT12}
    010102
    024e ${Buffer.from(BIP86).toString('hex')}`);

  it('reads the reply stock hsmd gave for a mnemonic secret, TLVs included', () => {
    expect(BIP32.subarray(0, 5)).toEqual(hex('043587cf 02')); // tpub, depth 2 (m/0/0)
    expect(BIP86.subarray(0, 5)).toEqual(hex('043587cf 03')); // tpub, depth 3 (m/86'/0'/0')
    expect(decodeHsmd(REPLY)).toEqual({
      kind: 'hsmd_init_reply_v4',
      type: 114,
      hsm_version: 6,
      hsm_capabilities: CAPABILITIES,
      node_id: hex(NODE_ID),
      bip32: BIP32,
      bolt12: hex(BOLT12),
      tlvs: { hsm_secret_type: 2, bip86_base: BIP86 },
    });
    expectRoundTrip(REPLY);
  });

  it('reads a reply without TLVs, as hsmd gives for a plain 32-byte secret before v25.12', () => {
    const withoutTlvs = REPLY.subarray(0, REPLY.length - 3 - 2 - 78);
    expect(decodeHsmdAs('hsmd_init_reply_v4', withoutTlvs).tlvs).toEqual({});
  });

  it('reads the failure reply (115)', () => {
    const failure = hex('0073 00000001 6261642070617373706872617365 00'); // "bad passphrase"
    expect(decodeHsmd(failure)).toEqual({
      kind: 'hsmd_init_reply_failure',
      type: 115,
      error_code: 1,
      error_message: 'bad passphrase',
    });
  });
});

describe('hsmd_client_hsmfd (9) and its reply (109)', () => {
  const OWN_ID = '03653e90c1ce4660fd8505dd6d643356e93cfe202af109d382787639dd5890e87d';
  const PEER = '03f01d6b9018ab421dd410404cb869072065522bf85734008f105cf385a023a80f';
  // §1.5 [live]: connectd's socket: own id, dbid 0, permissions ECDH.
  const CONNECTD = hex(`0009 ${OWN_ID} 0000000000000000 0000000000000001`);
  // channeld for channel dbid 7: SIGN_GOSSIP|ECDH|COMMITMENT_POINT|SIGN_REMOTE_TX|SIGN_ONCHAIN_TX|
  // SIGN_CLOSING_TX|SIGN_SPLICE_TX|LOCK_OUTPOINT = 447.
  const CHANNELD = hex(`0009 ${PEER} 0000000000000007 00000000000001bf`);

  it('reads the request and gives the (peer id, dbid, capabilities) context', () => {
    expect(CONNECTD).toHaveLength(51);
    expect(decodeHsmd(CONNECTD)).toEqual({ kind: 'hsmd_client_hsmfd', type: 9, id: hex(OWN_ID), dbid: 0n, permissions: 1n });
    const context = clientContextFromHsmfd(CHANNELD);
    expect(context).toEqual({ node_id: hex(PEER), dbid: 7n, capabilities: 447n });
    expect(isChannelClient(context)).toBe(true);
    expect(isChannelClient(clientContextFromHsmfd(CONNECTD))).toBe(false);
    expect(hsmfdRequestFor(context)).toEqual(CHANNELD);
  });

  it("agrees with Greenlight's proxy, which slices body[2..35], [35..43], [43..51]", () => {
    const context = clientContextFromHsmfd(decodeHsmdAs('hsmd_client_hsmfd', CHANNELD));
    expect(context.node_id).toEqual(CHANNELD.subarray(2, 35));
    expect(context.dbid).toBe(Buffer.from(CHANNELD).readBigUInt64BE(35));
    expect(context.capabilities).toBe(Buffer.from(CHANNELD).readBigUInt64BE(43));
  });

  it('uses the master permissions when there is no client context', () => {
    expect(permissionsOf(undefined)).toBe(1027n);
    expect(permissionsOf(clientContextFromHsmfd(CONNECTD))).toBe(1n);
  });

  it('replies with the bare type 109 (the fd follows out of band)', () => {
    expect(HSMD_CLIENT_HSMFD_REPLY).toEqual(hex('006d'));
    expect(frame(HSMD_CLIENT_HSMFD_REPLY)).toEqual(hex('00000002 006d'));
    expect(decodeHsmd(hex('006d'))).toEqual({ kind: 'hsmd_client_hsmfd_reply', type: 109 });
  });
});

describe('other startup, connect and invoice messages', () => {
  it('derive_secret (27 → 127), as lightningd asks for the rune secret', () => {
    const request = hex('001b 0008 636f6d6d616e646f'); // "commando"
    expect(encodeHsmd({ kind: 'hsmd_derive_secret', info: new TextEncoder().encode('commando') })).toEqual(request);
    const reply = hex('007f 836f8b35485adc06288c7fbf919b7ef2be20d7e823ebce67dc4287613d230679');
    expect(decodeHsmd(reply)).toEqual({
      kind: 'hsmd_derive_secret_reply',
      type: 127,
      secret: hex('836f8b35485adc06288c7fbf919b7ef2be20d7e823ebce67dc4287613d230679'),
    });
  });

  it('ecdh (1 → 100), as connectd asks once per BOLT 8 handshake', () => {
    const point5G = '022f8bde4d1a07209355b4a7250a5c5128e88b84bddc619ab7cba8d569b240efe4';
    expect(decodeHsmd(hex(`0001 ${point5G}`))).toEqual({ kind: 'hsmd_ecdh_req', type: 1, point: hex(point5G) });
    const ss = 'c03d82b75a9b3a4961f3db51c0d44273908b839040065890df5dbeee5a7636cf';
    expect(encodeHsmd({ kind: 'hsmd_ecdh_resp', ss: hex(ss) })).toEqual(hex(`0064 ${ss}`));
  });

  it("check_pubkey's reply (128) and dev_memleak's (133) are Greenlight's canned bytes", () => {
    expect(encodeHsmd({ kind: 'hsmd_check_pubkey_reply', ok: true })).toEqual(hex('008001'));
    expect(encodeHsmd({ kind: 'hsmd_dev_memleak_reply', leak: false })).toEqual(hex('008500'));
    expect(decodeHsmd(hex('0021'))).toEqual({ kind: 'hsmd_dev_memleak', type: 33 });
  });

  it('check_bip86_pubkey (56) as sent 51 times at startup', () => {
    const body = hex('0038 00000032 02d575a541247ec761fc210ae1b0093defe026618c21824ba106dd9dd15d013428');
    expect(decodeHsmd(body)).toMatchObject({ kind: 'hsmd_check_bip86_pubkey', index: 50 });
  });

  it('sign_invoice (8 → 108): u5 words and hrp, each with a u16 length; a recoverable signature', () => {
    const body = hex('0008 0003 1f0001 0009 6c6e626372743130 75'); // hrp "lnbcrt10u"
    expect(decodeHsmd(body)).toEqual({
      kind: 'hsmd_sign_invoice',
      type: 8,
      u5bytes: hex('1f0001'),
      hrp: new TextEncoder().encode('lnbcrt10u'),
    });
    const reply = hex(`006c ${'01'.repeat(32)}${'02'.repeat(32)} 01`);
    expect(decodeHsmd(reply)).toEqual({
      kind: 'hsmd_sign_invoice_reply',
      type: 108,
      sig: { signature: hex('01'.repeat(32) + '02'.repeat(32)), recid: 1 },
    });
  });

  it('sign_message (23) and node_announcement_sig_req (6) carry u16-length byte strings', () => {
    expect(decodeHsmd(hex('0017 0002 6869'))).toEqual({ kind: 'hsmd_sign_message', type: 23, msg: hex('6869') });
    expect(decodeHsmd(hex('0006 0003 010203'))).toEqual({
      kind: 'hsmd_node_announcement_sig_req',
      type: 6,
      announcement: hex('010203'),
    });
  });

  it('get_per_commitment_point_reply (118) ends with the absent old secret byte at version 6', () => {
    const point0 = '02a5dea39dfc7edc1011d5de2f51ec8d933e568d51f6cfb4b1bd6d035c524e1ddb';
    const body = encodeHsmd({ kind: 'hsmd_get_per_commitment_point_reply', per_commitment_point: hex(point0) });
    expect(body).toEqual(hex(`0076 ${point0} 00`));
  });

  it('dev_preinit (99) is a bare TLV stream', () => {
    const body = hex('0063 010101 030100 050101');
    expect(decodeHsmd(body)).toEqual({
      kind: 'hsmd_dev_preinit',
      type: 99,
      tlvs: { fail_preapprove: true, no_preapprove_check: false, warn_on_overgrind: true },
    });
    expectRoundTrip(body);
  });

  it('sign_withdrawal (7) with a close-info utxo, laid out as hsm_utxo.c writes it', () => {
    const peer = '03f01d6b9018ab421dd410404cb869072065522bf85734008f105cf385a023a80f';
    const point = '02a5dea39dfc7edc1011d5de2f51ec8d933e568d51f6cfb4b1bd6d035c524e1ddb';
    const psbt = '70736274ff0100';
    const body = hex(`
      0007 0001
        ${'ab'.repeat(32)} 00000001 00000000000186a0 00000005 00
        0003 515151
        01 000000000000000c ${peer} 01 ${point} 01 00000001
        00
      00000007 ${psbt}`);
    expect(decodeHsmd(body)).toEqual({
      kind: 'hsmd_sign_withdrawal',
      type: 7,
      inputs: [
        {
          txid: hex('ab'.repeat(32)),
          vout: 1,
          amount_sat: 100_000n,
          keyindex: 5,
          script_pubkey: hex('515151'),
          close_info: { channel_dbid: 12n, peer_id: hex(peer), commitment_point: hex(point), option_anchors: true, csv: 1 },
        },
      ],
      psbt: hex(psbt),
    });
    expectRoundTrip(body);
  });
});
