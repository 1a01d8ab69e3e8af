// One block per conversion kind of cln-jsonrpc.json, with hand-made proto-loader objects and JSON values.
// Kinds that real fields use are exercised through grpcRequestToJson / jsonResultToGrpc on an RPC that has them.
import { describe, expect, it } from 'vitest';
import { ClnMappingError, CONVERSIONS, defaultMappingTable, grpcRequestToJson, jsonResultToGrpc, messageMapper, type FieldMapping } from '../src/index.ts';

const table = defaultMappingTable();
const PUBKEY = Buffer.from(`02${'11'.repeat(32)}`, 'hex');
const TXID = Buffer.from('ab'.repeat(32), 'hex');

const params = (rpc: string, request: Record<string, unknown>) => grpcRequestToJson(rpc, request).params;
const fundsOutput = (output: Record<string, unknown>) =>
  (jsonResultToGrpc('ListFunds', { outputs: [{ txid: 'ab'.repeat(32), output: 0, amount_msat: 0, scriptpubkey: '', status: 'confirmed', reserved: false, ...output }], channels: [] }).outputs as Record<string, unknown>[])[0]!;

/** A conversion no field of this CLN version uses, called directly (it is in the file's conversions table). */
function direct(kind: string) {
  const field = { name: 'x', number: 1, json: 'x', kind: 'scalar', type: 'string', conversion: kind } as FieldMapping;
  const mapper = messageMapper(table);
  const context = { field, table, messageToJson: mapper.messageToJson.bind(mapper), jsonToMessage: mapper.jsonToMessage.bind(mapper) };
  return { toJson: (value: unknown) => CONVERSIONS[kind]!.toJson(value, context), fromJson: (value: unknown) => CONVERSIONS[kind]!.fromJson(value, context) };
}

function mappingError(fn: () => unknown): ClnMappingError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ClnMappingError);
    return error as ClnMappingError;
  }
  throw new Error('expected a ClnMappingError');
}

describe('msat / sat → cln.Amount', () => {
  it('requests send `<msat>msat` strings, for sat-typed params too', () => {
    expect(params('KeySend', { destination: PUBKEY, amount_msat: { msat: '1500' } }).amount_msat).toBe('1500msat');
    expect(params('FundChannelStart', { id: PUBKEY, amount: { msat: '100000000' } }).amount).toBe('100000000msat');
    expect(params('KeySend', { destination: PUBKEY, amount_msat: {} }).amount_msat).toBe('0msat'); // proto3 zero on the wire
  });

  it('responses read msat integers, suffixed strings, and integers beyond 2^53', () => {
    expect(fundsOutput({ amount_msat: 50_000_000_000 }).amount_msat).toEqual({ msat: '50000000000' });
    expect(fundsOutput({ amount_msat: '123msat' }).amount_msat).toEqual({ msat: '123' });
    expect(fundsOutput({ amount_msat: '5sat' }).amount_msat).toEqual({ msat: '5000' });
    expect(fundsOutput({ amount_msat: '0.00100001btc' }).amount_msat).toEqual({ msat: '100001000' });
    expect(fundsOutput({ amount_msat: '18446744073709551615' }).amount_msat).toEqual({ msat: '18446744073709551615' });
    expect(direct('sat').fromJson(21)).toEqual({ msat: '21000' });
  });

  it('rejects a malformed amount with the field path and without quoting the value', () => {
    const error = mappingError(() => fundsOutput({ amount_msat: 'secret-ish 12 bananas' }));
    expect(error.path).toBe('cln.ListfundsResponse.outputs[0].amount_msat');
    expect(error.message).not.toContain('bananas');
    expect(mappingError(() => fundsOutput({ amount_msat: -1 })).message).toContain('out of range');
  });
});

describe('msat_or_any / sat_or_all / msat_or_all → cln.AmountOrAny / AmountOrAll', () => {
  it('follows the oneof discriminator, or the member that is set', () => {
    expect(params('Invoice', { amount_msat: { amount: { msat: '1000000' }, value: 'amount' } }).amount_msat).toBe('1000000msat');
    expect(params('Invoice', { amount_msat: { any: true, value: 'any' } }).amount_msat).toBe('any');
    expect(params('Invoice', { amount_msat: { any: true } }).amount_msat).toBe('any');
    expect(params('Withdraw', { destination: 'bcrt1q', satoshi: { all: true } }).satoshi).toBe('all');
    expect(params('Withdraw', { destination: 'bcrt1q', satoshi: { amount: { msat: '5000' } } }).satoshi).toBe('5000msat');
    expect(mappingError(() => params('Withdraw', { satoshi: {} })).path).toBe('cln.WithdrawRequest.satoshi');
  });

  it('reads JSON back into the oneof shape proto-loader produces', () => {
    expect(direct('msat_or_any').fromJson('any')).toEqual({ any: true, value: 'any' });
    expect(direct('msat_or_any').fromJson(1000)).toEqual({ amount: { msat: '1000' }, value: 'amount' });
    expect(direct('sat_or_all').fromJson(2)).toEqual({ amount: { msat: '2000' }, value: 'amount' });
    expect(direct('msat_or_all').fromJson('all')).toEqual({ all: true, value: 'all' });
    expect(direct('msat_or_all').toJson({ amount: { msat: '7' }, value: 'amount' })).toBe('7msat');
  });
});

describe('feerate → cln.Feerate', () => {
  it('writes named targets and per-kb/per-kw rates; repeated for close feerange', () => {
    const withdraw = (feerate: unknown) => params('Withdraw', { destination: 'a', satoshi: { all: true }, feerate, _feerate: 'feerate' }).feerate;
    expect(withdraw({ perkw: 253, style: 'perkw' })).toBe('253perkw');
    expect(withdraw({ perkb: 1000 })).toBe('1000perkb');
    expect(withdraw({ slow: true, style: 'slow' })).toBe('slow');
    expect(withdraw({ urgent: true })).toBe('urgent');
    expect(params('Close', { id: 'x', feerange: [{ perkw: 253 }, { normal: true }] }).feerange).toEqual(['253perkw', 'normal']);
  });

  it('reads every spelling back', () => {
    expect(direct('feerate').fromJson('normal')).toEqual({ normal: true, style: 'normal' });
    expect(direct('feerate').fromJson('7500perkb')).toEqual({ perkb: 7500, style: 'perkb' });
    expect(() => direct('feerate').fromJson('fast')).toThrow(ClnMappingError);
  });
});

describe('outpoint → cln.Outpoint', () => {
  it('is `<txid hex>:<outnum>` both ways, txid bytes in the JSON string order', () => {
    expect(params('Withdraw', { destination: 'a', satoshi: { all: true }, utxos: [{ txid: TXID, outnum: 1 }] }).utxos).toEqual([`${'ab'.repeat(32)}:1`]);
    expect(direct('outpoint').fromJson(`${'00ff'.repeat(16)}:7`)).toEqual({ txid: Buffer.from('00ff'.repeat(16), 'hex'), outnum: 7 });
    expect(() => direct('outpoint').fromJson('abcd')).toThrow(ClnMappingError);
  });
});

describe('outputdesc → cln.OutputDesc', () => {
  it('is `{address: amount}`', () => {
    const outputs = [{ address: 'bcrt1qa', amount: { msat: '1000000' } }, { address: 'bcrt1qb', amount: { msat: '2000' } }];
    expect(params('MultiWithdraw', { outputs }).outputs).toEqual([{ bcrt1qa: '1000000msat' }, { bcrt1qb: '2000msat' }]);
    expect(direct('outputdesc').fromJson({ bcrt1qa: 1000 })).toEqual({ address: 'bcrt1qa', amount: { msat: '1000000' } });
  });
});

describe('bytes ↔ hex (hex, pubkey, secret, hash, txid)', () => {
  it('writes Buffer, Uint8Array and (as protobufjs reads strings) base64 as lowercase hex', () => {
    expect(params('ListPeers', { id: PUBKEY, _id: 'id' }).id).toBe(PUBKEY.toString('hex'));
    expect(params('ListPeers', { id: new Uint8Array([1, 2, 255]) }).id).toBe('0102ff');
    expect(params('ListPeers', { id: Buffer.from([0xab, 0xcd]).toString('base64') }).id).toBe('abcd');
  });

  it('reads hex strictly: odd length or non-hex is an error, not a silently truncated value', () => {
    expect(jsonResultToGrpc('ListPeers', { peers: [{ id: '02AB', connected: true, num_channels: 0 }] }).peers).toMatchObject([{ id: Buffer.from([2, 0xab]) }]);
    expect(mappingError(() => jsonResultToGrpc('ListPeers', { peers: [{ id: '02a' }] })).path).toBe('cln.ListpeersResponse.peers[0].id');
    expect(() => jsonResultToGrpc('ListPeers', { peers: [{ id: 'zz' }] })).toThrow(ClnMappingError);
  });
});

describe('integers: u8, u16, u32, u64, integer (sint64); number, f32', () => {
  it('requests: uint32 as numbers, u64 from proto-loader strings as numbers or bigint beyond 2^53', () => {
    expect(params('Invoice', { label: 'l', description: 'd', expiry: '604800', _expiry: 'expiry', cltv: 18 })).toMatchObject({ expiry: 604800, cltv: 18 });
    expect(params('SendPay', { payment_hash: TXID, partid: '18446744073709551615', groupid: 5 })).toMatchObject({ partid: 18446744073709551615n, groupid: 5 });
    expect(params('MultiFundChannel', { minconf: '-1', _minconf: 'minconf' }).minconf).toBe(-1);
    expect(params('Pay', { bolt11: 'lnbc', maxfeepercent: 0.5, riskfactor: 10 })).toMatchObject({ maxfeepercent: 0.5, riskfactor: 10 });
    expect(mappingError(() => params('Invoice', { cltv: 2 ** 32 })).message).toContain('u32 out of range');
    expect(mappingError(() => params('Withdraw', { minconf: 70_000 })).message).toContain('u16 out of range');
    expect(mappingError(() => params('SendPay', { partid: '-1' })).message).toContain('u64 out of range');
  });

  it('responses: u64 and sint64 become decimal strings (longs: String), u8/u16/u32 numbers', () => {
    const channel = { source: '02', destination: '03', short_channel_id: '1x1x1', direction: 0, public: true, amount_msat: 1, message_flags: 1, channel_flags: 0, active: true, last_update: 1, base_fee_millisatoshi: 1, fee_per_millionth: 1, delay: 6, htlc_minimum_msat: 0 };
    const [mapped] = jsonResultToGrpc('ListChannels', { channels: [channel] }).channels as Record<string, unknown>[];
    expect(mapped).toMatchObject({ message_flags: 1, delay: 6, direction: 0 });
    expect(mappingError(() => jsonResultToGrpc('ListChannels', { channels: [{ ...channel, message_flags: 256 }] })).message).toContain('u8 out of range');
    expect(jsonResultToGrpc('Invoice', { bolt11: 'x', payment_hash: '', payment_secret: '', expires_at: 1795890961, created_index: '18446744073709551615' })).toMatchObject({
      expires_at: '1795890961',
      created_index: '18446744073709551615',
    });
    expect(direct('integer').fromJson(-5)).toBe('-5');
    expect(direct('f32').fromJson(0.5)).toBe(0.5);
    expect(direct('number').fromJson('1.25')).toBe(1.25);
  });
});

describe('strings (string, currency, signature, bip340sig, short_channel_id, short_channel_id_dir)', () => {
  it('pass through; numeric labels become strings', () => {
    expect(params('Invoice', { label: '42', description: 'd', exposeprivatechannels: ['103x1x0', '104x2x1'] })).toMatchObject({ label: '42', exposeprivatechannels: ['103x1x0', '104x2x1'] });
    const [invoice] = jsonResultToGrpc('ListInvoices', { invoices: [{ label: 42, payment_hash: '', status: 'paid', expires_at: 1 }] }).invoices as Record<string, unknown>[];
    expect(invoice!.label).toBe('42');
    for (const kind of ['currency', 'signature', 'bip340sig', 'short_channel_id_dir']) expect(direct(kind).fromJson('x1')).toBe('x1');
    expect(() => direct('string').fromJson({})).toThrow(ClnMappingError);
  });
});

describe('boolean', () => {
  it('is strict', () => {
    expect(params('ListFunds', { spent: true, _spent: 'spent' })).toEqual({ spent: true });
    expect(() => direct('boolean').fromJson('true')).toThrow(ClnMappingError);
  });
});

describe('enum ↔ JSON strings, per the file’s value map', () => {
  it('requests take the value name (enums: String) or number', () => {
    expect(params('NewAddr', { addresstype: 'P2TR', _addresstype: 'addresstype' })).toEqual({ addresstype: 'p2tr' });
    expect(params('NewAddr', { addresstype: 2 })).toEqual({ addresstype: 'all' });
    expect(mappingError(() => params('NewAddr', { addresstype: 'P2SH' })).path).toBe('cln.NewaddrRequest.addresstype');
  });

  it('responses map JSON spellings (incl. repeated, and ones with slashes) to names; unknown spellings fail like cln-grpc', () => {
    expect(fundsOutput({ status: 'immature' }).status).toBe('IMMATURE');
    const channelType = messageMapper(table).jsonToMessage('cln.ListpeerchannelsChannelsChannelType', { bits: [12, 22], names: ['static_remotekey/even', 'anchors/even'] });
    expect(channelType).toEqual({ bits: [12, 22], names: ['static_remotekey_even', 'anchors_even'] });
    expect(mappingError(() => fundsOutput({ status: 'vanished' })).message).toContain('"vanished" is not a value of cln.ListfundsOutputs.ListfundsOutputsStatus');
  });
});

describe('RoutehintList, DecodeRoutehintList, TlvStream', () => {
  it('keysend routehints and extratlvs', () => {
    const request = {
      destination: PUBKEY,
      amount_msat: { msat: '1000' },
      routehints: { hints: [{ hops: [{ id: PUBKEY, scid: '1x2x3', feebase: { msat: '1000' }, feeprop: 10, expirydelta: 40 }] }] },
      extratlvs: { entries: [{ type: '5482373484', value: Buffer.from('beef', 'hex') }, { type: '65537', value: Buffer.alloc(0) }] },
    };
    expect(params('KeySend', request)).toEqual({
      destination: PUBKEY.toString('hex'),
      amount_msat: '1000msat',
      routehints: [[{ id: PUBKEY.toString('hex'), scid: '1x2x3', feebase: '1000msat', feeprop: 10, expirydelta: 40 }]],
      extratlvs: { '5482373484': 'beef', '65537': '' },
    });
  });

  it('decode routes', () => {
    const routes = [[{ pubkey: PUBKEY.toString('hex'), short_channel_id: '1x2x3', fee_base_msat: 1, fee_proportional_millionths: 2, cltv_expiry_delta: 3 }]];
    const decoded = jsonResultToGrpc('Decode', { type: 'bolt11 invoice', valid: true, routes });
    expect(decoded.routes).toEqual({ hints: [{ hops: [{ pubkey: PUBKEY, short_channel_id: '1x2x3', fee_base_msat: { msat: '1' }, fee_proportional_millionths: 2, cltv_expiry_delta: 3 }] }] });
    expect(decoded._routes).toBe('routes');
    expect(direct('TlvStream').fromJson({ '7': 'ab' })).toEqual({ entries: [{ type: '7', value: Buffer.from([0xab]) }] });
  });
});

describe('string_map, proof_field, json_scalar, json_object_or_array', () => {
  it('string_map is a plain object both ways (proto-loader maps)', () => {
    expect(params('Xkeysend', { destination: PUBKEY, amount_msat: { msat: '1' }, extratlvs: { '65537': 'beef' } }).extratlvs).toEqual({ '65537': 'beef' });
    expect(params('Xkeysend', { destination: PUBKEY, amount_msat: { msat: '1' }, extratlvs: {} })).not.toHaveProperty('extratlvs');
  });

  it('proof_field is a field name or a TLV number', () => {
    expect(params('CreateProof', { invstring: 'lni', include: [{ name: 'offer_issuer', ident: 'name' }, { number: '12', ident: 'number' }] }).include).toEqual(['offer_issuer', 12]);
    expect(direct('proof_field').fromJson(176)).toEqual({ number: '176', ident: 'number' });
    expect(direct('proof_field').fromJson('invoice_amount')).toEqual({ name: 'invoice_amount', ident: 'name' });
  });

  it('json_scalar and json_object_or_array (defined, not used by any field in this CLN version)', () => {
    expect(direct('json_scalar').fromJson('cli:getinfo#1')).toEqual({ string_value: 'cli:getinfo#1', scalar: 'string_value' });
    expect(direct('json_scalar').fromJson(7)).toEqual({ int_value: '7', scalar: 'int_value' });
    expect(direct('json_scalar').toJson({ uint_value: '18446744073709551615' })).toBe(18446744073709551615n);
    const value = { a: [1, 'two', true, null, 1.5], b: { c: {} } };
    const proto = direct('json_object_or_array').fromJson(value);
    expect(proto).toMatchObject({ structure: 'object' });
    expect(direct('json_object_or_array').toJson(proto)).toEqual(value);
    expect(direct('json_object_or_array').toJson(direct('json_object_or_array').fromJson([1, [2]]))).toEqual([1, [2]]);
  });
});
