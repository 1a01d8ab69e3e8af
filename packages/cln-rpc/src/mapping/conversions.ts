// One entry per conversion kind of cln-jsonrpc.json's `conversions` table: how a field's proto-loader value
// becomes a JSON param, and how a JSON result member becomes a proto-loader value. Repetition, presence and
// defaults are the message mapper's business; these handle one value.
import { amountToJson, msatFromJson, protoAmount } from './amounts.ts';
import { bytesToHex, describe, hexToBytes } from './bytes.ts';
import { ClnMappingError } from './errors.ts';
import { jsonInteger, toInt64, toNumber, toUint, toUint64 } from './integers.ts';
import {
  jsonObjectOrArrayToJson,
  jsonToJsonObjectOrArray,
  jsonToJsonValue,
  jsonToProofField,
  jsonToStringMap,
  jsonValueToJson,
  proofFieldToJson,
  stringMapToJson,
} from './json-primitives.ts';
import type { FieldMapping, MappingTable } from './mapping-table.ts';
import { routehintsFromJson, routehintsToJson, tlvStreamFromJson, tlvStreamToJson } from './routing-primitives.ts';
import {
  amountOrWordFromJson,
  amountOrWordToJson,
  feerateFromJson,
  feerateToJson,
  outpointFromJson,
  outpointToJson,
  outputDescFromJson,
  outputDescToJson,
} from './wallet-primitives.ts';

/** What a conversion may need besides the value: the field, the table (enums), and nested-message mapping. */
export interface ConversionContext {
  field: FieldMapping;
  table: MappingTable;
  messageToJson(typeName: string, message: unknown): Record<string, unknown>;
  jsonToMessage(typeName: string, json: unknown): Record<string, unknown>;
}

export interface Conversion {
  /** One proto-loader value (one element of a repeated field) → its JSON param value. */
  toJson(value: unknown, context: ConversionContext): unknown;
  /** One JSON value → the proto-loader value. */
  fromJson(value: unknown, context: ConversionContext): unknown;
}

function booleanValue(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new ClnMappingError(`expected a boolean, got ${describe(value)}`);
  return value;
}

/** proto strings: JSON strings, except that CLN writes some labels as numbers (msggen's "label" override). */
function stringValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  throw new ClnMappingError(`expected a string, got ${describe(value)}`);
}

const text: Conversion = { toJson: stringValue, fromJson: stringValue };
const hexBytes: Conversion = { toJson: bytesToHex, fromJson: hexToBytes };
const uint = (bits: 8 | 16 | 32): Conversion => ({ toJson: (value) => toUint(value, bits), fromJson: (value) => toUint(value, bits) });
const floating: Conversion = { toJson: toNumber, fromJson: toNumber };

export const CONVERSIONS: Readonly<Record<string, Conversion>> = {
  boolean: { toJson: booleanValue, fromJson: booleanValue },
  u8: uint(8),
  u16: uint(16),
  u32: uint(32),
  u64: { toJson: (value) => jsonInteger(toUint64(value)), fromJson: (value) => toUint64(value).toString() },
  integer: { toJson: (value) => jsonInteger(toInt64(value)), fromJson: (value) => toInt64(value).toString() },
  number: floating,
  f32: floating,
  string: text,
  currency: text,
  signature: text,
  bip340sig: text,
  short_channel_id: text,
  short_channel_id_dir: text,
  hex: hexBytes,
  pubkey: hexBytes,
  secret: hexBytes,
  hash: hexBytes,
  txid: hexBytes,
  msat: { toJson: amountToJson, fromJson: (value) => protoAmount(msatFromJson(value, 'msat')) },
  sat: { toJson: amountToJson, fromJson: (value) => protoAmount(msatFromJson(value, 'sat')) },
  msat_or_all: { toJson: (value) => amountOrWordToJson(value, 'all'), fromJson: (value) => amountOrWordFromJson(value, 'all', 'msat') },
  sat_or_all: { toJson: (value) => amountOrWordToJson(value, 'all'), fromJson: (value) => amountOrWordFromJson(value, 'all', 'sat') },
  msat_or_any: { toJson: (value) => amountOrWordToJson(value, 'any'), fromJson: (value) => amountOrWordFromJson(value, 'any', 'msat') },
  feerate: { toJson: feerateToJson, fromJson: feerateFromJson },
  outpoint: { toJson: outpointToJson, fromJson: outpointFromJson },
  outputdesc: { toJson: outputDescToJson, fromJson: outputDescFromJson },
  RoutehintList: { toJson: (value) => routehintsToJson(value, 'RoutehintList'), fromJson: (value) => routehintsFromJson(value, 'RoutehintList') },
  DecodeRoutehintList: {
    toJson: (value) => routehintsToJson(value, 'DecodeRoutehintList'),
    fromJson: (value) => routehintsFromJson(value, 'DecodeRoutehintList'),
  },
  TlvStream: { toJson: tlvStreamToJson, fromJson: tlvStreamFromJson },
  string_map: { toJson: stringMapToJson, fromJson: jsonToStringMap },
  json_object_or_array: { toJson: jsonObjectOrArrayToJson, fromJson: jsonToJsonObjectOrArray },
  json_scalar: { toJson: jsonValueToJson, fromJson: (value) => jsonToJsonValue(value, 'scalar') },
  proof_field: { toJson: proofFieldToJson, fromJson: jsonToProofField },
  enum: {
    // proto-loader (enums: String) gives the value's name; hand-built objects may use its number.
    toJson(value, { field, table }) {
      const index = table.enumIndex(field.type);
      const name = typeof value === 'number' ? index.nameByNumber.get(value) : typeof value === 'string' ? value : undefined;
      const json = name === undefined ? undefined : index.jsonByName.get(name);
      if (json === undefined) throw new ClnMappingError(`not a value of ${field.type}`);
      return json;
    },
    fromJson(value, { field, table }) {
      const name = typeof value === 'string' ? table.enumIndex(field.type).nameByJson.get(value) : undefined;
      // cln-grpc fails the call on an enum string its schema does not know; so do we, naming it (enum
      // spellings are protocol words, not user data).
      if (name === undefined) throw new ClnMappingError(`${typeof value === 'string' ? JSON.stringify(value) : describe(value)} is not a value of ${field.type}`);
      return name;
    },
  },
  message: {
    toJson: (value, context) => context.messageToJson(context.field.type, value),
    fromJson: (value, context) => context.jsonToMessage(context.field.type, value),
  },
  // Greenlight compat fields: never sent, never read; the message mapper leaves them at their defaults.
  none: {
    toJson: () => undefined,
    fromJson: () => undefined,
  },
};
