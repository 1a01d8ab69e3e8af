// Loading of the shared input data: CLN's JSON schemas, msggen's number allocations, the RPC list and
// Greenlight's wire contract. Nothing here interprets the data beyond parsing it.
import fs from 'node:fs';
import path from 'node:path';

/** The subset of JSON-schema keywords CLN's schemas use and msggen looks at. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: (string | null)[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  then?: SchemaNode;
  else?: SchemaNode;
  added?: string;
  deprecated?: string | string[];
  description?: unknown;
  [keyword: string]: unknown;
}

/** A top-level schema file: an RPC method (`rpc`), a notification (`notification`) or a hook (`hook`). */
export interface SchemaFile extends SchemaNode {
  rpc?: string;
  notification?: string;
  hook?: string;
  request: SchemaNode;
  response: SchemaNode;
}

/** One row of `grpc-methods.tsv`. */
export interface RpcRow {
  rpc: string;
  /** The JSON-RPC method name, or `notification:<topic>` for a notification stream. */
  jsonrpcMethod: string;
  request: string;
  /** The response message name; `stream X` for server-streaming RPCs. */
  response: string;
  inGreenlight: boolean;
}

/** `msggen-field-numbers.json`, CLN's `.msggen.json`. */
export interface FieldNumbers {
  'grpc-field-map': Record<string, Record<string, number>>;
  'grpc-enum-map': Record<string, Record<string, number>>;
  'model-field-versions': Record<string, { added: string | null; deprecated: string | null }>;
  'rpc-only-enum-map': Record<string, Record<string, number>>;
}

export interface WireField {
  name: string;
  number: number;
  type: string;
  label: '' | 'optional' | 'repeated';
  oneof?: string;
}
export interface WireMessage {
  message: string;
  fields: WireField[];
}
export interface WireEnum {
  enum: string;
  values: Record<string, number>;
}
export interface WireMethod {
  name: string;
  request: string;
  response: string;
  client_streaming: boolean;
  server_streaming: boolean;
}
export interface WireService {
  service: string;
  methods: WireMethod[];
}
/** `greenlight-wire.json`: Greenlight's protos flattened to plain facts. */
export interface WireContract {
  source: string;
  services: WireService[];
  messages: WireMessage[];
  enums: WireEnum[];
}

export interface Sources {
  /** Schema files by base name without `.json`, e.g. `getinfo`, `block_added`. */
  schemas: Map<string, SchemaFile>;
  rpcs: RpcRow[];
  fieldNumbers: FieldNumbers;
  greenlight: WireContract;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function parseRpcTable(text: string): RpcRow[] {
  const rows: RpcRow[] = [];
  let header: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!header) {
      header = cols;
      continue;
    }
    const col = (name: string): string => {
      const value = cols[header!.indexOf(name)];
      if (value === undefined) throw new Error(`grpc-methods.tsv: no column ${name} in line: ${line}`);
      return value;
    };
    rows.push({
      rpc: col('rpc'),
      jsonrpcMethod: col('jsonrpc_method'),
      request: col('request'),
      response: col('response'),
      inGreenlight: col('in_greenlight_node_proto') === 'yes',
    });
  }
  return rows;
}

export function loadSources(shared: string): Sources {
  const clnDir = path.join(shared, 'cln-schemas');
  const schemaDir = path.join(clnDir, 'schemas');
  const schemas = new Map<string, SchemaFile>();
  for (const name of fs.readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort()) {
    schemas.set(name.slice(0, -'.json'.length), readJson<SchemaFile>(path.join(schemaDir, name)));
  }
  return {
    schemas,
    rpcs: parseRpcTable(fs.readFileSync(path.join(clnDir, 'grpc-methods.tsv'), 'utf8')),
    fieldNumbers: readJson<FieldNumbers>(path.join(clnDir, 'msggen-field-numbers.json')),
    greenlight: readJson<WireContract>(path.join(shared, 'greenlight-wire', 'greenlight-wire.json')),
  };
}
