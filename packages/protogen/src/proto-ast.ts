// A small, neutral description of a .proto file's content: what the generator builds from the schemas,
// what the Greenlight patch edits, and what the emitters print. Names are as printed in the file.

/** Where a field's value comes from in CLN's JSON-RPC, for the gateway's mapping (cln-jsonrpc.json). */
export interface JsonSource {
  /** The JSON property name. */
  name: string;
  /** The schema type (`msat`, `pubkey`, `string`, …), `enum`, `object`, or a primitives.proto type name. */
  schemaType: string;
  /** For arrays: the schema type of the items. */
  itemSchemaType?: string;
}

export type FieldLabel = '' | 'optional' | 'repeated';

export interface ProtoField {
  name: string;
  number: number;
  /** The type as written in the file: a scalar, `map<…>`, or a message/enum name. */
  type: string;
  label: FieldLabel;
  oneof?: string;
  deprecated: boolean;
  /** Comment lines printed above the field. */
  comments: string[];
  /** The JSON-RPC counterpart; null for fields with none (Greenlight compat additions). */
  json: JsonSource | null;
  /** Set on fields the Greenlight patch added or changed. */
  greenlightCompat?: string;
}

export interface ProtoEnumValue {
  name: string;
  number: number;
  deprecated: boolean;
  /** The JSON string this value stands for, when known. */
  json: string | null;
}

export interface ProtoEnum {
  name: string;
  /** Comment lines printed above the enum (msggen prints the schema path). */
  comments: string[];
  values: ProtoEnumValue[];
}

export interface ProtoMessage {
  name: string;
  comments: string[];
  enums: ProtoEnum[];
  fields: ProtoField[];
  /** The schema path the message was derived from, if any. */
  schemaPath: string | null;
}

export interface ProtoRpc {
  name: string;
  request: string;
  response: string;
  serverStreaming: boolean;
  /** JSON-RPC method, or the notification topic for streams. */
  jsonrpcMethod: string | null;
  notification: string | null;
  /** The RPC is part of Greenlight's cln.Node. */
  inGreenlight: boolean;
  comments: string[];
}

export interface ProtoFile {
  package: string;
  headerComments: string[];
  imports: string[];
  service: { name: string; rpcs: ProtoRpc[] } | null;
  /** Top-level enums (primitives.proto). */
  enums: ProtoEnum[];
  messages: ProtoMessage[];
}

export const SCALAR_TYPES: ReadonlySet<string> = new Set([
  'double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64',
  'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes',
]);

export function isScalar(type: string): boolean {
  return SCALAR_TYPES.has(type) || type.startsWith('map<');
}
