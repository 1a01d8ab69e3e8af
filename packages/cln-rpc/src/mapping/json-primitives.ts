// The primitives.proto wrappers for free-form JSON: JsonScalar (a JSON-RPC id), JsonObjectOrArray/JsonValue,
// ProofField (a BOLT12 field by name or TLV number), and string maps.
import { describe } from './bytes.ts';
import { atPath, ClnMappingError } from './errors.ts';
import { jsonInteger, toBigInt, toNumber, toUint64 } from './integers.ts';
import { oneofCase, oneofMessage } from './oneof.ts';

const SCALAR_MEMBERS = ['bool_value', 'int_value', 'uint_value', 'double_value', 'string_value'] as const;
const VALUE_MEMBERS = [...SCALAR_MEMBERS, 'array', 'object'] as const;
const I64_MAX = (1n << 63n) - 1n;

/** JsonScalar / JsonValue → JSON. A JsonValue with nothing set is JSON null (the proto has no null member). */
export function jsonValueToJson(message: unknown): unknown {
  const which = oneofCase(message, 'kind', VALUE_MEMBERS) ?? oneofCase(message, 'scalar', SCALAR_MEMBERS);
  const value = which === undefined ? undefined : (message as Record<string, unknown>)[which];
  switch (which) {
    case undefined:
      return null;
    case 'bool_value':
      return Boolean(value);
    case 'int_value':
    case 'uint_value':
      return jsonInteger(toBigInt(value));
    case 'double_value':
      return toNumber(value);
    case 'string_value':
      return String(value);
    case 'array':
      return jsonArrayToJson(value);
    case 'object':
      return jsonObjectToJson(value);
  }
}

function jsonArrayToJson(message: unknown): unknown[] {
  const values = (message as { values?: unknown } | null)?.values ?? [];
  if (!Array.isArray(values)) throw new ClnMappingError(`expected JsonArray.values to be an array, got ${describe(values)}`);
  return values.map((item, i) => atPath(`[${i}]`, () => jsonValueToJson(item)));
}

function jsonObjectToJson(message: unknown): Record<string, unknown> {
  const fields = (message as { fields?: unknown } | null)?.fields ?? {};
  if (fields === null || typeof fields !== 'object') throw new ClnMappingError(`expected JsonObject.fields to be a map, got ${describe(fields)}`);
  return Object.fromEntries(Object.entries(fields).map(([key, item]) => [key, atPath(key, () => jsonValueToJson(item))]));
}

/** JSON → JsonScalar (`scalar` oneof) or JsonValue (`kind` oneof). */
export function jsonToJsonValue(value: unknown, oneof: 'kind' | 'scalar'): Record<string, unknown> {
  if (typeof value === 'boolean') return oneofMessage(oneof, 'bool_value', value);
  if (typeof value === 'string') return oneofMessage(oneof, 'string_value', value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (typeof value === 'number' && !Number.isInteger(value)) return oneofMessage(oneof, 'double_value', value);
    const integer = toBigInt(value);
    return oneofMessage(oneof, integer > I64_MAX ? 'uint_value' : 'int_value', integer.toString());
  }
  if (oneof === 'kind') {
    if (value === null) return {};
    if (Array.isArray(value)) return oneofMessage('kind', 'array', jsonToJsonArray(value));
    if (typeof value === 'object') return oneofMessage('kind', 'object', jsonToJsonObject(value as Record<string, unknown>));
  }
  throw new ClnMappingError(`expected a JSON scalar, got ${describe(value)}`);
}

function jsonToJsonArray(value: unknown[]): Record<string, unknown> {
  return { values: value.map((item, i) => atPath(`[${i}]`, () => jsonToJsonValue(item, 'kind'))) };
}

function jsonToJsonObject(value: Record<string, unknown>): Record<string, unknown> {
  return { fields: Object.fromEntries(Object.entries(value).map(([key, item]) => [key, atPath(key, () => jsonToJsonValue(item, 'kind'))])) };
}

/** JsonObjectOrArray `oneof structure {JsonObject object; JsonArray array;}` ↔ any JSON object or array. */
export function jsonObjectOrArrayToJson(message: unknown): unknown {
  const which = oneofCase(message, 'structure', ['object', 'array'] as const);
  if (which === undefined) throw new ClnMappingError('neither object nor array is set');
  const value = (message as Record<string, unknown>)[which];
  return which === 'object' ? jsonObjectToJson(value) : jsonArrayToJson(value);
}

export function jsonToJsonObjectOrArray(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return oneofMessage('structure', 'array', jsonToJsonArray(value));
  if (value !== null && typeof value === 'object') return oneofMessage('structure', 'object', jsonToJsonObject(value as Record<string, unknown>));
  throw new ClnMappingError(`expected a JSON object or array, got ${describe(value)}`);
}

/** ProofField `oneof ident {string name; uint64 number;}` ↔ a field name string or a TLV type integer. */
export function proofFieldToJson(message: unknown): string | number | bigint {
  const which = oneofCase(message, 'ident', ['name', 'number'] as const);
  if (which === undefined) throw new ClnMappingError('neither name nor number is set');
  const value = (message as Record<string, unknown>)[which];
  return which === 'name' ? String(value) : jsonInteger(toUint64(value));
}

export function jsonToProofField(value: unknown): Record<string, unknown> {
  if (typeof value === 'string' && !/^\d+$/.test(value)) return oneofMessage('ident', 'name', value);
  return oneofMessage('ident', 'number', toUint64(value).toString());
}

/** map<string, string> ↔ a JSON object of strings; proto-loader represents maps as plain objects. */
export function stringMapToJson(map: unknown): Record<string, string> {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new ClnMappingError(`expected a map, got ${describe(map)}`);
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, String(value)]));
}

export function jsonToStringMap(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ClnMappingError(`expected a JSON object, got ${describe(value)}`);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeof item === 'string' ? item : JSON.stringify(item)]));
}
