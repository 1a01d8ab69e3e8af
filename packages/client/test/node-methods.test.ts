import { describe, expect, expectTypeOf, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import type { GetinfoResponse__Output } from '@greenhouse/common/generated/cln/GetinfoResponse.ts';
import type { LogEntry__Output } from '@greenhouse/common/generated/greenlight/LogEntry.ts';
import {
  findClnMethod,
  nodeMethods,
  parsePeerAddress,
  requestFromJson,
  toJson,
  type ClnResponse,
  type ClnStreamMethod,
  type ClnUnaryMethod,
  type GreenlightResponse,
  type GreenlightStreamMethod,
  type GreenlightUnaryMethod,
} from '../src/index.ts';

describe('node methods', () => {
  it('types unary and streaming methods from the generated definitions', () => {
    expectTypeOf<'Getinfo'>().toExtend<ClnUnaryMethod>();
    expectTypeOf<'SubscribeBlockAdded'>().toExtend<ClnStreamMethod>();
    expectTypeOf<'SubscribeBlockAdded'>().not.toExtend<ClnUnaryMethod>();
    expectTypeOf<ClnResponse<'Getinfo'>>().toEqualTypeOf<GetinfoResponse__Output>();
    expectTypeOf<'StreamLog'>().toExtend<GreenlightStreamMethod>();
    expectTypeOf<'Configure'>().toExtend<GreenlightUnaryMethod>();
    expectTypeOf<'RespondHsmRequest'>().not.toExtend<GreenlightUnaryMethod>();
    expectTypeOf<GreenlightResponse<'StreamLog'>>().toEqualTypeOf<LogEntry__Output>();
  });

  it('finds cln.Node methods by proto name in any case or by CLN command', () => {
    expect(findClnMethod('getinfo').path).toBe('/cln.Node/Getinfo');
    expect(findClnMethod('ListFunds').path).toBe('/cln.Node/ListFunds');
    expect(findClnMethod('connect').name).toBe('ConnectPeer');
    expect(findClnMethod('SubscribeBlockAdded').streaming).toBe(true);
    expect(() => findClnMethod('getinf')).toThrow(/no method getinf; did you mean Getinfo/);
    expect(nodeMethods('greenlight.Node').map((m) => m.name)).not.toContain('StreamHsmRequests');
    expect(nodeMethods('cln.Node').length).toBeGreaterThan(170);
  });

  it('reads peers as id@host:port', () => {
    const id = `02${'ab'.repeat(32)}`;
    expect(parsePeerAddress(`${id}@127.0.0.1:9735`)).toEqual({ id, host: '127.0.0.1', port: 9735 });
    expect(parsePeerAddress(`${id}@example.org`)).toEqual({ id, host: 'example.org' });
    expect(parsePeerAddress(`${id}@[::1]:9736`)).toEqual({ id, host: '::1', port: 9736 });
    expect(parsePeerAddress(id)).toEqual({ id });
    expect(() => parsePeerAddress('nope@host:1')).toThrow(expect.objectContaining({ code: status.INVALID_ARGUMENT }));
    expect(() => parsePeerAddress(`${id}@host:99999`)).toThrow(/port must be/);
  });

  it('turns request JSON into a message: hex bytes, nested messages, enums, checked field names', () => {
    const request = requestFromJson('cln.InvoiceRequest', { amount_msat: { amount: { msat: 1000 } }, label: 'a', description: 'b', preimage: 'ab'.repeat(32) });
    expect(request).toEqual({ amount_msat: { amount: { msat: '1000' } }, label: 'a', description: 'b', preimage: Buffer.alloc(32, 0xab) });
    expect(requestFromJson('cln.NewaddrRequest', { addresstype: 'p2tr' })).toEqual({ addresstype: 'P2TR' });
    expect(() => requestFromJson('cln.InvoiceRequest', { lable: 'x' })).toThrow(/lable: cln.InvoiceRequest has no such field \(it has: description, label/);
    expect(() => requestFromJson('cln.InvoiceRequest', { preimage: 'xyz' })).toThrow(/preimage: expected hex bytes/);
    expect(() => requestFromJson('cln.NewaddrRequest', { addresstype: 'p2pkh' })).toThrow(/addresstype: expected one of BECH32, ALL, P2TR/);
    expect(() => requestFromJson('cln.ListpeersRequest', [])).toThrow(/expected a JSON object/);
  });

  it('prints messages as JSON with bytes in hex', () => {
    expect(toJson({ id: Buffer.from([2, 3]), nested: [{ x: new Uint8Array([255]), _x: 'x' }], n: 5n, value: 'amount' })).toEqual({ id: '0203', nested: [{ x: 'ff' }], n: '5', value: 'amount' });
  });
});
