// The list of RPCs (from grpc-methods.tsv) joined with their schemas: one request/response model pair per
// method and per notification stream, named the way msggen names them.
import { annotate, type MessagePair } from './annotate.ts';
import { compositeFromSchema, type CompositeField } from './model.ts';
import { msggenMethodName, notificationTypeName, pathToTypeName, protoTypeName, rpcNameFor } from './naming.ts';
import { rebuildMethodSchema } from './schema-reconstruction.ts';
import type { RpcRow, SchemaNode, Sources } from './sources.ts';

export interface ServiceEntry extends MessagePair {
  row: RpcRow;
  /** gRPC method name. */
  rpc: string;
  kind: 'method' | 'notification';
  /** JSON-RPC method, or the notification topic. */
  jsonrpcName: string;
  /** The schema was rebuilt from field numbers and Greenlight types (see schema-reconstruction.ts). */
  rebuilt: boolean;
  /** How type names are printed: notifications rename types that would clash with methods'. */
  rename: (raw: string) => string;
}

const NOTIFICATION_PREFIX = 'notification:';
const SUBSCRIBE_PREFIX = 'Subscribe';
const STREAM_PREFIX = 'stream ';

function check(actual: string, expected: string, what: string): void {
  if (actual !== expected) throw new Error(`${what}: derived ${actual}, grpc-methods.tsv says ${expected}`);
}

function withRootVersions(field: CompositeField, schema: SchemaNode, typename: string): CompositeField {
  if (field.added === null) field.added = schema.added ?? null;
  if (field.deprecated === null) {
    const d = schema.deprecated;
    field.deprecated = (Array.isArray(d) ? d[0] : d) ?? null;
  }
  field.typename = typename;
  return field;
}

function methodEntry(sources: Sources, row: RpcRow, warn: (msg: string) => void): ServiceEntry {
  const name = msggenMethodName(row.rpc, row.jsonrpcMethod);
  if (!sources.fieldNumbers['model-field-versions'][name]) throw new Error(`${row.rpc}: msggen method name ${name} is unknown`);
  const file = sources.schemas.get(row.jsonrpcMethod);
  const isMethodSchema = file !== undefined && file.notification === undefined && file.hook === undefined;
  let request: SchemaNode;
  let response: SchemaNode;
  let root: SchemaNode = {};
  if (isMethodSchema) {
    ({ request, response } = file);
    root = file;
  } else {
    warn(`${row.rpc}: no method schema ${row.jsonrpcMethod}.json in the shared data; rebuilt from field numbers and Greenlight's types`);
    ({ request, response } = rebuildMethodSchema(sources, name));
  }
  const typeRoot = pathToTypeName(name);
  const entry: ServiceEntry = {
    row,
    rpc: rpcNameFor(name),
    kind: 'method',
    jsonrpcName: row.jsonrpcMethod,
    rebuilt: !isMethodSchema,
    rename: (raw) => raw,
    request: withRootVersions(compositeFromSchema(request, name, '', warn), root, `${typeRoot}Request`),
    response: withRootVersions(compositeFromSchema(response, name, '', warn), root, `${typeRoot}Response`),
  };
  check(entry.rpc, row.rpc, `${name} RPC name`);
  check(protoTypeName(entry.request.typename), row.request, `${name} request type`);
  check(protoTypeName(entry.response.typename), row.response, `${name} response type`);
  return entry;
}

/** The schema path root msggen used for a notification (e.g. `pay_part_end` for `xpay_pay_part_end`). */
function notificationPathRoot(sources: Sources, typename: string, topic: string): string {
  const numbered = Object.keys(sources.fieldNumbers['grpc-field-map'][`${typename}Notification`] ?? {});
  const roots = new Set(numbered.map((path) => path.split('.')[0]!));
  if (roots.size > 1) throw new Error(`${typename}Notification: fields under several roots ${[...roots].join(', ')}`);
  return [...roots][0] ?? topic;
}

function notificationEntry(sources: Sources, row: RpcRow, warn: (msg: string) => void): ServiceEntry {
  const topic = row.jsonrpcMethod.slice(NOTIFICATION_PREFIX.length);
  const file = sources.schemas.get(topic);
  if (!file || file.notification === undefined) throw new Error(`${row.rpc}: no notification schema ${topic}.json`);
  if (!row.rpc.startsWith(SUBSCRIBE_PREFIX)) throw new Error(`${row.rpc}: notification RPCs are named Subscribe…`);
  const typename = row.rpc.slice(SUBSCRIBE_PREFIX.length);
  const root = notificationPathRoot(sources, typename, topic);
  const entry: ServiceEntry = {
    row,
    rpc: row.rpc,
    kind: 'notification',
    jsonrpcName: topic,
    rebuilt: false,
    rename: notificationTypeName,
    request: withRootVersions(compositeFromSchema(file.request, root, '', warn), file, `Stream${typename}Request`),
    response: withRootVersions(compositeFromSchema(file.response, root, '', warn), file, `${typename}Notification`),
  };
  check(protoTypeName(entry.request.typename), row.request, `${row.rpc} request type`);
  check(`${STREAM_PREFIX}${protoTypeName(notificationTypeName(entry.response.typename))}`, row.response, `${row.rpc} response type`);
  return entry;
}

/** All RPCs of `cln.Node`, in grpc-methods.tsv order, annotated with msggen's version/optional/override rules. */
export function loadService(sources: Sources, warn: (msg: string) => void): ServiceEntry[] {
  const entries = sources.rpcs.map((row) =>
    row.jsonrpcMethod.startsWith(NOTIFICATION_PREFIX) ? notificationEntry(sources, row, warn) : methodEntry(sources, row, warn),
  );
  // msggen annotates all methods before all notifications; the order matters where paths repeat.
  annotate([...entries.filter((e) => e.kind === 'method'), ...entries.filter((e) => e.kind === 'notification')], sources.fieldNumbers);
  return entries;
}
