// Fallback for RPCs whose JSON schema is not in the shared data. The shared `schemas/` directory is CLN's
// `doc/schemas` flattened into one folder, so where a method and a notification share a file name
// (`connect`, `disconnect`) only the notification survived. For such a method we rebuild a schema from
// what the shared data still records about it: its field paths and numbers (`grpc-field-map`), its enum
// strings (`grpc-enum-map`), and the wire types Greenlight's `cln` proto gives the same fields.
import { pathToTypeName } from './naming.ts';
import type { FieldNumbers, SchemaNode, WireContract, WireField, WireMessage } from './sources.ts';

/** Proto type → the schema type with that proto mapping (the inverse of msggen's typemap, where unique enough). */
export const SCHEMA_TYPE_FOR_WIRE_TYPE: Readonly<Record<string, string>> = {
  string: 'string',
  bytes: 'hex',
  bool: 'boolean',
  uint32: 'u32',
  uint64: 'u64',
  sint64: 'integer',
  double: 'number',
  float: 'f32',
  'cln.Amount': 'msat',
  'cln.AmountOrAll': 'msat_or_all',
  'cln.AmountOrAny': 'msat_or_any',
  'cln.Outpoint': 'outpoint',
  'cln.Feerate': 'feerate',
};

export interface ReconstructionInput {
  fieldNumbers: FieldNumbers;
  greenlight: WireContract;
}

function directChildren(entries: Record<string, number>, parentPath: string): [string, number][] {
  return Object.entries(entries).filter(([path]) => {
    if (!path.startsWith(`${parentPath}.`)) return false;
    return !path.slice(parentPath.length + 1).includes('.');
  });
}

/**
 * Rebuild the object schema of message `messageRaw` (raw msggen type name) rooted at schema path `path`,
 * using Greenlight's `cln.<name>` message for the types. Throws when the data does not cover a field.
 */
function objectSchema(input: ReconstructionInput, messageRaw: string, path: string): SchemaNode {
  const wireMessages = new Map<string, WireMessage>(input.greenlight.messages.map((m) => [m.message, m]));
  const wireEnums = new Set(input.greenlight.enums.map((e) => e.enum));
  const wire = wireMessages.get(`cln.${messageRaw}`);
  if (!wire) throw new Error(`no schema and no Greenlight message cln.${messageRaw} to rebuild ${path} from`);
  const numbers = input.fieldNumbers['grpc-field-map'][messageRaw] ?? {};
  const properties: Record<string, SchemaNode> = {};
  const required: string[] = [];
  for (const [fieldPath, number] of directChildren(numbers, path)) {
    const wireField: WireField | undefined = wire.fields.find((f) => f.number === number);
    if (!wireField) throw new Error(`cannot rebuild ${fieldPath}: Greenlight's cln.${messageRaw} has no field ${number}`);
    const isArray = fieldPath.endsWith('[]');
    const jsonName = fieldPath.slice(path.length + 1).replace(/(\[\])+$/, '');
    let value: SchemaNode;
    if (wireEnums.has(wireField.type)) {
      const variants = input.fieldNumbers['grpc-enum-map'][pathToTypeName(fieldPath)] ?? {};
      value = { type: 'string', enum: Object.entries(variants).sort((a, b) => a[1] - b[1]).map(([v]) => v) };
    } else if (wireMessages.has(wireField.type) && !(wireField.type in SCHEMA_TYPE_FOR_WIRE_TYPE)) {
      value = objectSchema(input, pathToTypeName(fieldPath), fieldPath);
    } else {
      const schemaType = SCHEMA_TYPE_FOR_WIRE_TYPE[wireField.type];
      if (!schemaType) throw new Error(`cannot rebuild ${fieldPath}: no schema type for ${wireField.type}`);
      value = { type: schemaType };
    }
    properties[jsonName] = isArray ? { type: 'array', items: value } : value;
    if (wireField.label === '') required.push(jsonName);
  }
  return { type: 'object', additionalProperties: false, required, properties };
}

export interface RebuiltMethodSchema {
  request: SchemaNode;
  response: SchemaNode;
}

/** Rebuild request and response schemas for msggen method `methodName` (e.g. `Connect`). */
export function rebuildMethodSchema(input: ReconstructionInput, methodName: string): RebuiltMethodSchema {
  const typeRoot = pathToTypeName(methodName);
  return {
    request: objectSchema(input, `${typeRoot}Request`, methodName),
    response: objectSchema(input, `${typeRoot}Response`, methodName),
  };
}
