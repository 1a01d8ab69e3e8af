// Checks the mapping code against the whole of proto/cln-jsonrpc.json and node.proto: every conversion kind is
// implemented, the file agrees with node.proto field by field, and a sample value for every field of every
// message survives JSON → proto → wire → proto → JSON.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { CONVERSIONS, defaultMappingTable, messageMapper, type FieldMapping } from '../src/index.ts';
import { clnType, throughTheWire } from './support/cln-proto-types.ts';

const table = defaultMappingTable();
const mapper = messageMapper(table);

describe('cln-jsonrpc.json coverage', () => {
  it('every conversion kind the file defines or uses has an implementation', () => {
    const kinds = new Set([...table.conversions.keys(), ...table.usedConversions()]);
    expect([...kinds].filter((kind) => !(kind in CONVERSIONS))).toEqual([]);
    expect(kinds.size).toBeGreaterThanOrEqual(37);
  });

  it('agrees with node.proto on every field: name, number, type, label, deprecation', () => {
    const disagreements: string[] = [];
    for (const typeName of table.messageNames()) {
      const type = clnType(typeName);
      const mapped = table.fields(typeName);
      for (const field of type.fieldsArray) {
        const entry = mapped.find((candidate) => candidate.name === field.name);
        const protoType = field instanceof protobuf.MapField ? `map<${field.keyType}, ${field.type}>` : field.resolvedType ? field.resolvedType.fullName.slice(1) : field.type;
        const label = field.repeated ? 'repeated' : (field.options?.proto3_optional ?? field.partOf?.name === `_${field.name}`) ? 'optional' : undefined;
        const found = entry && [entry.number, entry.type, entry.label, Boolean(entry.deprecated)];
        const expected = [field.id, protoType, label, Boolean(field.options?.deprecated)];
        if (JSON.stringify(found) !== JSON.stringify(expected)) disagreements.push(`${typeName}.${field.name}: ${JSON.stringify(found)} vs ${JSON.stringify(expected)}`);
      }
      for (const entry of mapped) if (!type.fields[entry.name]) disagreements.push(`${typeName}.${entry.name}: not in node.proto`);
    }
    expect(disagreements).toEqual([]);
  });

  it('every RPC names messages the file describes; unary RPCs have a JSON-RPC method, streams a topic', () => {
    for (const name of table.rpcNames()) {
      const rpc = table.rpc(name);
      expect(table.hasMessage(rpc.request) && table.hasMessage(rpc.response), name).toBe(true);
      expect(rpc.stream ? rpc.notification : rpc.jsonrpc, name).toBeTruthy();
    }
  });
});

/** A JSON value for one field, and what mapping it to proto and back must give. */
interface Sample {
  json: unknown;
  back: unknown;
}

const PUBKEY = `02${'11'.repeat(32)}`;
const TXID = 'ab'.repeat(32);
const same = (value: unknown): Sample => ({ json: value, back: value });

function enumSample(field: FieldMapping): Sample {
  // The last value, so a non-default number has to survive the wire.
  const values = [...table.enumIndex(field.type).jsonByName.values()];
  return same(values[values.length - 1]);
}

const SCALAR_SAMPLES: Record<string, (field: FieldMapping) => Sample> = {
  boolean: () => same(true),
  u8: () => same(200),
  u16: () => same(60_000),
  u32: () => same(4_000_000_000),
  // Beyond 2^53: parseJsonLossless hands these over as strings; params carry them as bigint.
  u64: () => ({ json: '18446744073709551615', back: 18446744073709551615n }),
  integer: () => ({ json: '-9223372036854775808', back: -9223372036854775808n }),
  number: () => same(0.25),
  f32: () => same(0.5),
  string: (field) => same(`${field.name} text`),
  currency: () => same('USD'),
  signature: () => same('3044abcd'),
  bip340sig: () => same('ab'.repeat(64)),
  short_channel_id: () => same('103x1x0'),
  short_channel_id_dir: () => same('103x1x0/1'),
  hex: () => same('00ff10'),
  pubkey: () => same(PUBKEY),
  secret: () => same('cd'.repeat(32)),
  hash: () => same('ef'.repeat(32)),
  txid: () => same(TXID),
  msat: () => ({ json: 21_000_000, back: '21000000msat' }),
  sat: () => ({ json: 21, back: '21000msat' }),
  msat_or_all: () => same('all'),
  sat_or_all: () => ({ json: 7, back: '7000msat' }),
  msat_or_any: () => same('any'),
  feerate: () => same('253perkw'),
  outpoint: () => same(`${TXID}:3`),
  outputdesc: () => ({ json: { bcrt1qexample: 1000 }, back: { bcrt1qexample: '1000000msat' } }),
  RoutehintList: () => ({
    json: [[{ id: PUBKEY, scid: '1x2x3', feebase: 1000, feeprop: 10, expirydelta: 40 }]],
    back: [[{ id: PUBKEY, scid: '1x2x3', feebase: '1000msat', feeprop: 10, expirydelta: 40 }]],
  }),
  DecodeRoutehintList: () => ({
    json: [[{ pubkey: PUBKEY, short_channel_id: '1x2x3', fee_base_msat: 1000, fee_proportional_millionths: 10, cltv_expiry_delta: 40 }]],
    back: [[{ pubkey: PUBKEY, short_channel_id: '1x2x3', fee_base_msat: '1000msat', fee_proportional_millionths: 10, cltv_expiry_delta: 40 }]],
  }),
  TlvStream: () => same({ '65537': 'beef', '7': '' }),
  string_map: () => same({ key: 'value' }),
  proof_field: () => same('offer_issuer'),
  json_object_or_array: () => same({ a: [1, 'b', true, null] }),
  json_scalar: () => same('id-1'),
  enum: enumSample,
};

function sampleMessage(typeName: string, depth = 0): Sample {
  const json: Record<string, unknown> = {};
  const back: Record<string, unknown> = {};
  for (const field of table.fields(typeName)) {
    if (field.json === null) continue; // Greenlight compat: no JSON counterpart, stays at its default
    if (field.conversion === 'message' && depth > 8) continue;
    const one = field.conversion === 'message' ? sampleMessage(field.type, depth + 1) : SCALAR_SAMPLES[field.conversion]!(field);
    json[field.json] = field.label === 'repeated' ? [one.json, one.json] : one.json;
    back[field.json] = field.label === 'repeated' ? [one.back, one.back] : one.back;
  }
  return { json, back };
}

describe('every message of cln-jsonrpc.json, every field set', () => {
  it('JSON → proto-loader object equals what crosses the wire, and maps back to the same JSON', () => {
    const failures: string[] = [];
    for (const typeName of table.messageNames()) {
      const { json, back } = sampleMessage(typeName);
      try {
        const proto = mapper.jsonToMessage(typeName, json);
        expect(throughTheWire(typeName, proto)).toEqual(proto);
        expect(mapper.messageToJson(typeName, proto)).toEqual(back);
      } catch (error) {
        failures.push(`${typeName}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
    expect(table.messageNames().length).toBeGreaterThan(500);
  });

  it('an empty JSON object maps to exactly proto-loader defaults; only non-optional scalars are sent back', () => {
    for (const typeName of table.messageNames()) {
      const proto = mapper.jsonToMessage(typeName, {});
      expect(throughTheWire(typeName, proto), typeName).toEqual(proto);
      expect(mapper.messageToJson(typeName, proto), typeName).toEqual(nonOptionalDefaultsAsJson(typeName));
      expect(mapper.messageToJson(typeName, throughTheWire(typeName, {})), typeName).toEqual(nonOptionalDefaultsAsJson(typeName));
    }
  });
});

/**
 * proto3 cannot tell "unset" from "default" for non-optional scalar fields, and those map to params CLN requires
 * (protogen makes every field the schema does not require `optional`), so their defaults are sent.
 */
function nonOptionalDefaultsAsJson(typeName: string): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const field of table.fields(typeName)) {
    if (field.json === null || field.label || field.kind === 'message' || field.kind === 'map') continue;
    if (field.kind === 'enum') json[field.json] = table.enumIndex(field.type).jsonByName.get(table.enumIndex(field.type).zeroName);
    else json[field.json] = field.type === 'bool' ? false : field.type === 'string' || field.type === 'bytes' ? '' : 0;
  }
  return json;
}
