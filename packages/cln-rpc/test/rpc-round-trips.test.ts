// Real RPCs end to end without lightningd: requests as proto-loader decodes them → JSON params, and results
// captured from lightningd v26.06.6 → cln.Node responses that survive the real response serializer unchanged.
import { describe, expect, it } from 'vitest';
import { grpcRequestToJson, jsonResultToGrpc } from '../src/index.ts';
import { DECODE, GETINFO, INVOICE, LISTFUNDS, LISTPEERS } from './fixtures/cln-v26.06.6-results.ts';
import { decodedRequest, responseOverTheWire } from './support/cln-node-methods.ts';

const hex = (text: string) => Buffer.from(text, 'hex');

function mapResult(rpc: string, json: unknown): Record<string, unknown> {
  const mapped = jsonResultToGrpc(rpc, json);
  // The mapped object is already in proto-loader's decoded shape, so the wire round trip changes nothing.
  expect(responseOverTheWire(rpc, mapped)).toEqual(mapped);
  return mapped;
}

describe('Getinfo', () => {
  it('empty request → getinfo {}', () => {
    expect(grpcRequestToJson('Getinfo', decodedRequest('Getinfo', {}))).toEqual({ method: 'getinfo', params: {} });
  });

  it('result → GetinfoResponse', () => {
    const response = mapResult('Getinfo', GETINFO);
    expect(response).toMatchObject({
      id: hex(GETINFO.id),
      alias: 'CHILLYCHEF',
      color: hex('02d97d'),
      blockheight: 101,
      network: 'regtest',
      lightning_dir: '/tmp/exp/ln/regtest',
      fees_collected_msat: { msat: '0' },
      address: [],
      binding: [{ item_type: 'IPV4', address: '127.0.0.1', _address: 'address', port: 29735, _port: 'port' }],
      our_features: { init: hex('800898880a8a59a1'), channel: Buffer.alloc(0), invoice: hex('02000002024100') },
      _our_features: 'our_features',
    });
    expect(response).not.toHaveProperty('warning_bitcoind_sync');
  });
});

describe('Invoice', () => {
  it('request: AmountOrAny, required strings, unset optionals and empty repeated fields left out', () => {
    const request = decodedRequest('Invoice', { amount_msat: { amount: { msat: '1000000' } }, label: 'coffee', description: 'one coffee' });
    expect(request).toMatchObject({ fallbacks: [], exposeprivatechannels: [] });
    expect(grpcRequestToJson('Invoice', request)).toEqual({ method: 'invoice', params: { amount_msat: '1000000msat', label: 'coffee', description: 'one coffee' } });
  });

  it('request: every optional set, including explicit false and zero', () => {
    const request = decodedRequest('Invoice', {
      amount_msat: { any: true },
      label: 'l',
      description: 'd',
      expiry: '3600',
      fallbacks: ['bcrt1qxyz'],
      preimage: hex('11'.repeat(32)),
      exposeprivatechannels: ['103x1x0'],
      cltv: 0,
      deschashonly: false,
    });
    expect(grpcRequestToJson('Invoice', request).params).toEqual({
      amount_msat: 'any',
      label: 'l',
      description: 'd',
      expiry: 3600,
      fallbacks: ['bcrt1qxyz'],
      preimage: '11'.repeat(32),
      exposeprivatechannels: ['103x1x0'],
      cltv: 0,
      deschashonly: false,
    });
  });

  it('result → InvoiceResponse; JSON members without a proto field are dropped', () => {
    const response = mapResult('Invoice', { ...INVOICE, not_in_proto: 1 });
    expect(response).toMatchObject({
      bolt11: INVOICE.bolt11,
      payment_hash: hex(INVOICE.payment_hash),
      payment_secret: hex(INVOICE.payment_secret),
      expires_at: '1795890961',
      created_index: '1',
      warning_capacity: INVOICE.warning_capacity,
      _warning_capacity: 'warning_capacity',
    });
    expect(response).not.toHaveProperty('not_in_proto');
  });
});

describe('ListFunds', () => {
  it('proto-loader (defaults + oneofs) leaves an absent proto3 optional out, and names a present one in `_<field>`', () => {
    expect(decodedRequest('ListFunds', {})).toEqual({});
    expect(decodedRequest('ListFunds', { spent: false })).toEqual({ spent: false, _spent: 'spent' });
  });

  it('optional spent: absent is not sent, false is', () => {
    expect(grpcRequestToJson('ListFunds', decodedRequest('ListFunds', {})).params).toEqual({});
    expect(grpcRequestToJson('ListFunds', decodedRequest('ListFunds', { spent: false })).params).toEqual({ spent: false });
  });

  it('result → ListfundsResponse: txid bytes unreversed, msat, enum, optional blockheight', () => {
    const response = mapResult('ListFunds', LISTFUNDS);
    expect(response).toEqual({
      outputs: [
        {
          txid: hex(LISTFUNDS.outputs[0]!.txid),
          output: 1,
          amount_msat: { msat: '50000000000' },
          scriptpubkey: hex(LISTFUNDS.outputs[0]!.scriptpubkey),
          address: LISTFUNDS.outputs[0]!.address,
          _address: 'address',
          status: 'CONFIRMED',
          blockheight: 102,
          _blockheight: 'blockheight',
          reserved: false,
        },
      ],
      channels: [],
    });
  });
});

describe('Pay', () => {
  it('request: bolt11 plus optional amounts, fee limits, retry and exclusions', () => {
    const request = decodedRequest('Pay', {
      bolt11: INVOICE.bolt11,
      amount_msat: { msat: '1000000' },
      maxfee: { msat: '5000' },
      retry_for: 30,
      exclude: ['103x1x0/1'],
      maxfeepercent: 0.5,
      label: 'pay-1',
    });
    expect(grpcRequestToJson('Pay', request)).toEqual({
      method: 'pay',
      params: { bolt11: INVOICE.bolt11, amount_msat: '1000000msat', maxfee: '5000msat', retry_for: 30, exclude: ['103x1x0/1'], maxfeepercent: 0.5, label: 'pay-1' },
    });
  });

  it('result → PayResponse with its status enum', () => {
    const response = mapResult('Pay', {
      destination: GETINFO.id,
      payment_hash: INVOICE.payment_hash,
      created_at: 1795286161.123,
      parts: 1,
      amount_msat: 1000000,
      amount_sent_msat: 1000001,
      payment_preimage: '22'.repeat(32),
      status: 'complete',
    });
    expect(response).toMatchObject({ status: 'COMPLETE', created_at: 1795286161.123, parts: 1, amount_sent_msat: { msat: '1000001' }, payment_preimage: hex('22'.repeat(32)) });
  });
});

describe('ListPeers and the Greenlight-compat `channels` field', () => {
  it('request: level is a plain string for Greenlight (changed type), id a pubkey', () => {
    const request = decodedRequest('ListPeers', { id: hex(GETINFO.id), level: 'debug' });
    expect(grpcRequestToJson('ListPeers', request).params).toEqual({ id: GETINFO.id, level: 'debug' });
  });

  it('result: peers[].channels has no JSON counterpart and stays empty, even if the JSON has one', () => {
    const response = mapResult('ListPeers', LISTPEERS);
    expect(response).toEqual({
      peers: [
        {
          id: hex(LISTPEERS.peers[0]!.id),
          connected: true,
          num_channels: 1,
          netaddr: ['127.0.0.1:44619'],
          features: hex('08a0880a8a59a1'),
          _features: 'features',
          log: [],
          channels: [],
        },
      ],
    });
  });
});

describe('Decode', () => {
  it('request → decode {string}', () => {
    expect(grpcRequestToJson('Decode', decodedRequest('Decode', { string: INVOICE.bolt11 }))).toEqual({ method: 'decode', params: { string: INVOICE.bolt11 } });
  });

  it('a bolt11 result → DecodeResponse with its type enum and route hints', () => {
    const response = mapResult('Decode', DECODE);
    expect(response).toMatchObject({
      item_type: 'BOLT11_INVOICE',
      valid: true,
      payee: hex(DECODE.payee),
      amount_msat: { msat: '1000000' },
      signature: DECODE.signature,
      routes: { hints: [{ hops: [{ pubkey: hex(DECODE.routes[0]![0]!.pubkey), short_channel_id: '103x1x0', cltv_expiry_delta: 6 }] }] },
    });
  });
});

describe('errors', () => {
  it('unknown RPCs and notification streams are refused', () => {
    expect(() => grpcRequestToJson('NoSuchRpc', {})).toThrow(/unknown cln.Node RPC NoSuchRpc/);
    expect(() => grpcRequestToJson('SubscribeBlockAdded', {})).toThrow(/streams the block_added notification/);
    expect(jsonResultToGrpc('SubscribeBlockAdded', { hash: 'ab'.repeat(32), height: 102 })).toEqual({ hash: hex('ab'.repeat(32)), height: 102 });
  });

  it('a result that is not an object is a mapping error', () => {
    expect(() => jsonResultToGrpc('Getinfo', [])).toThrow(/cln.GetinfoResponse: expected a cln.GetinfoResponse object, got an array/);
  });
});
