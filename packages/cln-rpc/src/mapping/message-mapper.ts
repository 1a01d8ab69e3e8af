// Walks a cln message's fields as cln-jsonrpc.json lists them, in both directions:
//   request  (proto-loader object → JSON params): unset optional fields, empty repeated fields and empty maps are
//            left out, so lightningd applies its own defaults; fields without a JSON counterpart are not sent.
//   response (JSON result → proto-loader object): JSON members with no proto field are dropped; absent ones and
//            Greenlight compat fields take proto-loader's defaults (absentFieldValue).
import { describe } from './bytes.ts';
import { CONVERSIONS, type Conversion, type ConversionContext } from './conversions.ts';
import { atPath, ClnMappingError } from './errors.ts';
import type { FieldMapping, MappingTable } from './mapping-table.ts';
import { absentFieldValue } from './proto-defaults.ts';

interface CompiledField {
  field: FieldMapping;
  conversion: Conversion;
  context: ConversionContext;
  /** proto-loader's synthetic oneof name for a proto3 `optional` field. */
  presence: string;
}

export class MessageMapper {
  private readonly compiled = new Map<string, CompiledField[]>();

  constructor(readonly table: MappingTable) {
    // Fail at load time, not on some rare RPC, when the generator starts emitting a conversion we do not know.
    const unknown = [...new Set([...table.usedConversions(), ...table.conversions.keys()])].filter((kind) => !(kind in CONVERSIONS));
    if (unknown.length > 0) throw new ClnMappingError(`cln-jsonrpc.json uses conversions this mapper does not implement: ${unknown.join(', ')}`);
  }

  /** A proto-loader message object → the JSON object lightningd takes (params, or a nested param object). */
  messageToJson(typeName: string, message: unknown): Record<string, unknown> {
    const record = asObject(message, typeName);
    const json: Record<string, unknown> = {};
    for (const { field, conversion, context, presence } of this.fields(typeName)) {
      if (field.json === null) continue; // Greenlight compat field: CLN has no such param
      const value = record[field.name];
      if (value === undefined || value === null) continue;
      if (field.label === 'repeated') {
        if (!Array.isArray(value)) throw new ClnMappingError(`expected an array, got ${describe(value)}`, field.name);
        if (value.length === 0) continue;
        json[field.json] = value.map((item, i) => atPath(`${field.name}[${i}]`, () => conversion.toJson(item, context)));
      } else {
        if (field.label === 'optional' && record[presence] !== undefined && record[presence] !== field.name) continue;
        if (field.kind === 'map' && typeof value === 'object' && Object.keys(value).length === 0) continue;
        json[field.json] = atPath(field.name, () => conversion.toJson(value, context));
      }
    }
    return json;
  }

  /** A JSON object from lightningd → the proto-loader message object (as responseSerialize consumes it). */
  jsonToMessage(typeName: string, json: unknown): Record<string, unknown> {
    const record = asObject(json, typeName);
    const message: Record<string, unknown> = {};
    for (const { field, conversion, context, presence } of this.fields(typeName)) {
      const value = field.json === null ? undefined : record[field.json];
      if (value === undefined || value === null) {
        const absent = absentFieldValue(field, this.table);
        if (absent.present) message[field.name] = absent.value;
      } else if (field.label === 'repeated') {
        if (!Array.isArray(value)) throw new ClnMappingError(`expected an array, got ${describe(value)}`, field.json!);
        message[field.name] = value.map((item, i) => atPath(`${field.json}[${i}]`, () => conversion.fromJson(item, context)));
      } else {
        message[field.name] = atPath(field.json!, () => conversion.fromJson(value, context));
        if (field.label === 'optional') message[presence] = field.name;
      }
    }
    return message;
  }

  private fields(typeName: string): CompiledField[] {
    let compiled = this.compiled.get(typeName);
    if (!compiled) {
      compiled = this.table.fields(typeName).map((field) => ({
        field,
        conversion: CONVERSIONS[field.conversion]!,
        presence: `_${field.name}`,
        context: {
          field,
          table: this.table,
          messageToJson: (type, value) => this.messageToJson(type, value),
          jsonToMessage: (type, value) => this.jsonToMessage(type, value),
        },
      }));
      this.compiled.set(typeName, compiled);
    }
    return compiled;
  }
}

function asObject(value: unknown, typeName: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value)) {
    throw new ClnMappingError(`expected a ${typeName} object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}
