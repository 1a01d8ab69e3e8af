// JSON for people and scripts ↔ the node's messages: bytes are hex both ways (node ids, hashes and
// preimages read as CLN prints them), 64-bit numbers are strings on the way out.
import path from 'node:path';
import protobuf from 'protobufjs';
import { invalidArgument, PROTO_DIR, PROTO_FILES } from '@greenhouse/common';

let root: protobuf.Root | undefined;

/** The protos as protobufjs reflection (field types, nesting), loaded once. */
function protoRoot(): protobuf.Root {
  if (!root) {
    const loaded = new protobuf.Root();
    loaded.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTO_DIR, target));
    loaded.loadSync(PROTO_FILES, { keepCase: true });
    loaded.resolveAll();
    root = loaded;
  }
  return root;
}

/**
 * A request message from JSON, checked against its type (`cln.InvoiceRequest`): unknown fields
 * and malformed hex are INVALID_ARGUMENT saying which field; bytes fields take hex; enums take
 * their names; nested messages are objects, e.g. `{"amount_msat": {"amount": {"msat": 1000}}}`.
 */
export function requestFromJson(typeName: string, json: unknown): Record<string, unknown> {
  const type = protoRoot().lookupType(typeName);
  return convertMessage(type, json ?? {}, '') as Record<string, unknown>;
}

function convertMessage(type: protobuf.Type, value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgument(`${where || 'the request'}: expected a JSON object for ${type.fullName.slice(1)}`);
  }
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const field = type.fields[key];
    if (!field) {
      const known = Object.keys(type.fields);
      throw invalidArgument(`${where ? `${where}.` : ''}${key}: ${type.fullName.slice(1)} has no such field (it has: ${known.join(', ') || 'none'})`);
    }
    const at = where ? `${where}.${key}` : key;
    if (entry === null || entry === undefined) continue;
    if (field.map) {
      if (typeof entry !== 'object' || Array.isArray(entry)) throw invalidArgument(`${at}: expected an object`);
      result[key] = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, convertValue(field, v, `${at}.${k}`)]));
    } else if (field.repeated) {
      if (!Array.isArray(entry)) throw invalidArgument(`${at}: expected a JSON array`);
      result[key] = entry.map((item, i) => convertValue(field, item, `${at}[${i}]`));
    } else {
      result[key] = convertValue(field, entry, at);
    }
  }
  return result;
}

function convertValue(field: protobuf.Field, value: unknown, where: string): unknown {
  if (field.resolvedType instanceof protobuf.Type) return convertMessage(field.resolvedType, value, where);
  if (field.resolvedType instanceof protobuf.Enum) {
    const names = Object.keys(field.resolvedType.values);
    if (typeof value === 'string' && names.includes(value.toUpperCase())) return value.toUpperCase();
    if (typeof value === 'number' && Object.values(field.resolvedType.values).includes(value)) return value;
    throw invalidArgument(`${where}: expected one of ${names.join(', ')}`);
  }
  switch (field.type) {
    case 'bytes':
      if (typeof value !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(value)) throw invalidArgument(`${where}: expected hex bytes`);
      return Buffer.from(value, 'hex');
    case 'string':
      if (typeof value !== 'string') throw invalidArgument(`${where}: expected a string`);
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw invalidArgument(`${where}: expected true or false`);
      return value;
    case 'double':
    case 'float':
      if (typeof value !== 'number') throw invalidArgument(`${where}: expected a number`);
      return value;
    default: {
      // Integers: a JSON number or a decimal string (64-bit values do not fit a double).
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text !== 'string' || !/^-?\d+$/.test(text)) throw invalidArgument(`${where}: expected an integer`);
      if (text.startsWith('-') && field.type.startsWith('u')) throw invalidArgument(`${where}: expected a non-negative integer`);
      return text;
    }
  }
}

/**
 * A message as plain JSON: Buffers (bytes fields) as hex, bigints as strings; the rest as
 * proto-loader decoded it (enums by name, 64-bit integers as strings), without the markers it adds
 * for proto3 `optional` fields (`_alias: "alias"`).
 */
export function toJson(value: unknown): unknown {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, entry]) => entry !== undefined && !(key.startsWith('_') && entry === key.slice(1)))
        .map(([key, entry]) => [key, toJson(entry)]),
    );
  }
  return value;
}
