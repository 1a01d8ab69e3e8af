// cln-jsonrpc.json: what the node gateway needs to serve `cln.Node` on top of CLN's JSON-RPC. For every RPC
// the JSON-RPC method (or notification topic) and message names; for every message field its proto name,
// JSON name, kind and the conversion its schema type implies (msggen's conversions, gen/grpc/convert.py and
// unconvert.py); for every enum the value ↔ JSON string map. Greenlight compat additions have no JSON name.
import type { CompatReport } from './greenlight-compat.ts';
import type { Json } from './json-format.ts';
import { ProtoRegistry } from './proto-registry.ts';
import type { ProtoEnum, ProtoField, ProtoFile, ProtoMessage } from './proto-ast.ts';

/** How each conversion maps between the proto value and CLN's JSON. */
export const CONVERSIONS: Readonly<Record<string, string>> = {
  boolean: 'bool ↔ JSON boolean',
  u8: 'uint32 ↔ JSON integer (0..255)',
  u16: 'uint32 ↔ JSON integer (0..65535)',
  u32: 'uint32 ↔ JSON integer',
  u64: 'uint64 ↔ JSON integer',
  integer: 'sint64 ↔ JSON integer (signed)',
  number: 'double ↔ JSON number',
  f32: 'float ↔ JSON number',
  string: 'string ↔ JSON string',
  currency: 'string ↔ JSON string (an ISO 4217 currency code)',
  signature: 'string ↔ JSON string (hex DER signature, passed through as text)',
  bip340sig: 'string ↔ JSON string (hex BIP340 signature, passed through as text)',
  short_channel_id: 'string ↔ JSON string `BLOCKxTXxOUT`',
  short_channel_id_dir: 'string ↔ JSON string `BLOCKxTXxOUT/DIR`',
  hex: 'bytes ↔ JSON hex string',
  pubkey: 'bytes (33-byte compressed point) ↔ JSON hex string',
  secret: 'bytes (32 bytes) ↔ JSON hex string',
  hash: 'bytes (32 bytes) ↔ JSON hex string',
  txid: 'bytes ↔ JSON hex string, in the JSON string\'s byte order (no reversal)',
  msat: 'cln.Amount{msat} ↔ JSON millisatoshi: requests send the string `<msat>msat`, responses carry an integer (older nodes: a string with a msat/sat/btc suffix)',
  sat: 'cln.Amount{msat} → JSON satoshi amount: requests send the string `<msat>msat` (CLN accepts it when it is whole satoshis)',
  msat_or_all: 'cln.AmountOrAll ↔ JSON: `amount` as for msat, `all` as the string "all"',
  sat_or_all: 'cln.AmountOrAll ↔ JSON: `amount` as for sat, `all` as the string "all"',
  msat_or_any: 'cln.AmountOrAny ↔ JSON: `amount` as for msat, `any` as the string "any"',
  feerate: 'cln.Feerate ↔ JSON string: "slow" | "normal" | "urgent" | "<n>perkb" | "<n>perkw"',
  outpoint: 'cln.Outpoint ↔ JSON string `<txid hex>:<outnum>`',
  outputdesc: 'cln.OutputDesc ↔ JSON object `{"<address>": <amount as for msat>}`',
  RoutehintList: 'cln.RoutehintList ↔ JSON array of route hints, each an array of hops {id, scid, feebase, feeprop, expirydelta}',
  DecodeRoutehintList: 'cln.DecodeRoutehintList ↔ JSON array of route hints, each an array of hops {pubkey, short_channel_id, fee_base_msat, fee_proportional_millionths, cltv_expiry_delta}',
  TlvStream: 'cln.TlvStream ↔ JSON object from TLV type (decimal string) to hex value',
  string_map: 'map<string, string> ↔ JSON object of strings',
  json_object_or_array: 'cln.JsonObjectOrArray ↔ any JSON object or array',
  json_scalar: 'cln.JsonScalar ↔ a JSON scalar: string, number or boolean (a JSON-RPC id)',
  proof_field: 'cln.ProofField ↔ JSON string (field name) or integer (TLV type)',
  enum: 'enum ↔ JSON string, per the enum\'s value map',
  message: 'nested message ↔ JSON object',
  none: 'Greenlight compat addition: CLN v26.06.6 has no JSON counterpart; leave the field unset',
};

function conversionOf(field: ProtoField, kind: 'scalar' | 'enum' | 'message' | 'map'): string {
  const json = field.json;
  if (!json) return 'none';
  const schemaType = json.schemaType === 'array' ? json.itemSchemaType! : json.schemaType;
  if (schemaType === 'object') return 'message';
  if (schemaType === 'enum' || kind === 'enum') return 'enum';
  if (!(schemaType in CONVERSIONS)) throw new Error(`no conversion described for schema type ${schemaType} (${field.name})`);
  return schemaType;
}

function fieldEntry(field: ProtoField, scope: ProtoMessage, registry: ProtoRegistry): Json {
  const resolved = registry.resolve(field.type, scope);
  const kind = field.type.startsWith('map<') ? 'map' : resolved.kind;
  const entry: Record<string, Json> = {
    name: field.name,
    number: field.number,
    json: field.json?.name ?? null,
    kind,
    type: resolved.kind === 'scalar' ? resolved.type : `cln.${resolved.fullName}`,
  };
  if (field.label) entry['label'] = field.label;
  if (field.oneof) entry['oneof'] = field.oneof;
  entry['conversion'] = conversionOf(field, kind);
  if (field.deprecated) entry['deprecated'] = true;
  if (field.greenlightCompat) entry['greenlight'] = field.greenlightCompat;
  return entry;
}

function enumEntry(e: ProtoEnum): Json {
  return e.values.map((v) => ({ name: v.name, number: v.number, json: v.json }));
}

export interface JsonMapInput {
  node: ProtoFile;
  primitives: ProtoFile;
  compat: CompatReport;
  clnVersion: string;
  greenlightSource: string;
}

export function buildJsonrpcMap(input: JsonMapInput): Json {
  const { node, primitives } = input;
  const registry = new ProtoRegistry([node, primitives]);
  const rpcs: Json[] = node.service!.rpcs.map((rpc) => {
    const entry: Record<string, Json> = { rpc: rpc.name };
    if (rpc.jsonrpcMethod !== null) entry['jsonrpc'] = rpc.jsonrpcMethod;
    if (rpc.notification !== null) entry['notification'] = rpc.notification;
    entry['request'] = `cln.${rpc.request}`;
    entry['response'] = `cln.${rpc.response}`;
    if (rpc.serverStreaming) entry['stream'] = true;
    entry['greenlight'] = rpc.inGreenlight;
    return entry;
  });
  const messages: Record<string, Json> = {};
  const enums: Record<string, Json> = {};
  for (const file of [node, primitives]) {
    for (const e of file.enums) enums[`cln.${e.name}`] = enumEntry(e);
    for (const m of file.messages) {
      for (const e of m.enums) enums[`cln.${m.name}.${e.name}`] = enumEntry(e);
      if (file === node) messages[`cln.${m.name}`] = m.fields.map((f) => fieldEntry(f, m, registry));
    }
  }
  return {
    about:
      'How each cln.Node RPC maps onto Core Lightning JSON-RPC. Generated by packages/protogen; do not edit. ' +
      'Fields: name/number as in node.proto, json = the JSON property (null: no JSON counterpart), kind, type, ' +
      'label, conversion (see conversions), greenlight = added/type/label/copied for Greenlight compat patches.',
    cln: input.clnVersion,
    greenlight: input.greenlightSource,
    conversions: { ...CONVERSIONS },
    greenlightCompat: {
      missingRpcs: input.compat.missingRpcs,
      addedFields: input.compat.addedFields,
      changedTypes: input.compat.changedTypes,
      changedLabels: input.compat.changedLabels,
      addedEnumValues: input.compat.addedEnumValues,
      copiedTypes: input.compat.copiedTypes,
      renamedTypes: input.compat.renamedTypes,
      renamedEnumValues: input.compat.renamedEnumValues,
    },
    rpcs,
    messages,
    enums,
  };
}
