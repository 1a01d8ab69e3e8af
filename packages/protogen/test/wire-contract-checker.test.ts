// The contract check must be able to fail: feed it deliberately broken protos and expect readable reports.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedDir } from '../src/paths.ts';
import type { WireContract } from '../src/sources.ts';
import { checkWireContract, protoSources, rootFromSources } from './wire-contract.ts';

const contract = JSON.parse(fs.readFileSync(path.join(sharedDir(), 'greenlight-wire', 'greenlight-wire.json'), 'utf8')) as WireContract;
const REMOVED_BY_CLN = new Set(['cln.Node/DecodePay', 'cln.Node/AutoCleanInvoice', 'cln.Node/DelExpiredInvoice']);

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('wire contract checker', () => {
  it('reports a renumbered field and a string → enum change in cln', () => {
    const sources = protoSources(path.join(repoRoot(), 'proto'));
    let node = sources['node.proto']!;
    node = replaceOnce(node, '\tbytes id = 1;\n\tstring alias = 2;', '\tbytes id = 99;\n\tstring alias = 2;'); // GetinfoResponse
    node = replaceOnce(node, '\toptional string level = 2;', '\toptional ListpeersLevel level = 2;'); // ListpeersRequest
    const root = rootFromSources({ ...sources, 'node.proto': node });
    const violations = checkWireContract(root, contract, { packages: ['cln'], allowedMissingMethods: REMOVED_BY_CLN });
    expect(violations).toEqual([
      'cln.Node/Getinfo: field cln.GetinfoResponse.id = 1 (bytes) is missing',
      'cln.Node/ListPeers: field cln.ListpeersRequest.level = 2 has type string in Greenlight but enum cln.ListpeersRequest.ListpeersLevel in ours (string/bytes vs varint on the wire)',
    ]);
  });

  it('reports streaming, repeatedness, enum values, missing methods and unreferenced types', () => {
    const tiny: WireContract = {
      source: 'test',
      services: [
        {
          service: 'demo.Svc',
          methods: [
            { name: 'Watch', request: 'demo.Req', response: 'demo.Resp', client_streaming: false, server_streaming: true },
            { name: 'Gone', request: 'demo.Req', response: 'demo.Resp', client_streaming: false, server_streaming: false },
          ],
        },
      ],
      messages: [
        { message: 'demo.Req', fields: [{ name: 'ids', number: 1, type: 'bytes', label: 'repeated' }, { name: 'mode', number: 2, type: 'demo.Mode', label: '' }] },
        { message: 'demo.Resp', fields: [{ name: 'inner', number: 1, type: 'demo.Inner', label: '' }] },
        { message: 'demo.Inner', fields: [{ name: 'amount', number: 1, type: 'uint64', label: '' }] },
        { message: 'demo.Orphan', fields: [] },
      ],
      enums: [{ enum: 'demo.Mode', values: { OFF: 0, ON: 1 } }],
    };
    const root = rootFromSources({
      'demo.proto': `syntax = "proto3"; package demo;
        service Svc { rpc Watch(Req) returns (Reply) {} }
        enum Mode { OFF = 0; }
        message Req { bytes ids = 1; Mode mode = 2; }
        message Reply { Wrapped inner = 1; }
        message Wrapped { string amount = 1; }`,
    });
    expect(checkWireContract(root, tiny)).toEqual([
      'demo.Svc/Watch: streaming differs (Greenlight: client false, server true; ours: client false, server false)',
      'demo.Svc/Watch: field demo.Req.ids = 1 is repeated in Greenlight but singular in ours',
      'demo.Svc/Watch: enum demo.Mode value ON = 1 has no value with that number in our demo.Mode',
      'demo.Svc/Watch: field demo.Inner.amount = 1 (our demo.Wrapped) has type uint64 in Greenlight but string in ours (varint vs string/bytes on the wire)',
      'demo.Svc/Gone: method is missing',
      'message demo.Orphan (not used by any method) is missing',
    ]);
  });

  it('accepts wire-compatible differences: renamed types, widened integers, string vs bytes, optional vs implicit', () => {
    const tiny: WireContract = {
      source: 'test',
      services: [{ service: 'demo.Svc', methods: [{ name: 'Get', request: 'demo.Req', response: 'demo.Req', client_streaming: false, server_streaming: false }] }],
      messages: [
        { message: 'demo.Req', fields: [{ name: 'n', number: 1, type: 'uint32', label: 'optional' }, { name: 'sub', number: 2, type: 'demo.Old_name', label: '' }] },
        { message: 'demo.Old_name', fields: [{ name: 's', number: 1, type: 'string', label: '' }, { name: 'flag', number: 2, type: 'bool', label: '' }] },
      ],
      enums: [],
    };
    const root = rootFromSources({
      'demo.proto': `syntax = "proto3"; package demo;
        service Svc { rpc Get(Req) returns (Req) {} }
        enum Flag { NO = 0; YES = 1; }
        message Req { uint64 n = 1; optional NewName sub = 2; }
        message NewName { bytes s = 1; Flag flag = 2; }`,
    });
    expect(checkWireContract(root, tiny)).toEqual([]);
  });
});
