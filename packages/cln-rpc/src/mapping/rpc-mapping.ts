// The two entry points the node gateway uses: a cln.Node request → a JSON-RPC call, and a JSON-RPC result →
// the cln.Node response. Both are driven entirely by cln-jsonrpc.json.
import { atPath, ClnMappingError } from './errors.ts';
import { defaultMappingTable, type MappingTable } from './mapping-table.ts';
import { MessageMapper } from './message-mapper.ts';

export interface JsonRpcCall {
  method: string;
  params: Record<string, unknown>;
}

const mappers = new WeakMap<MappingTable, MessageMapper>();

export function messageMapper(table: MappingTable = defaultMappingTable()): MessageMapper {
  let mapper = mappers.get(table);
  if (!mapper) {
    mapper = new MessageMapper(table);
    mappers.set(table, mapper);
  }
  return mapper;
}

/**
 * A cln.Node request, as proto-loader decodes it (keepCase, longs: String, enums: String, defaults, oneofs; bytes
 * as Buffer), → the JSON-RPC method and named params. u64 params above 2^53 are bigint: send them with
 * ClnRpcClient (or stringifyJsonLossless), not JSON.stringify.
 */
export function grpcRequestToJson(rpcName: string, request: unknown, table: MappingTable = defaultMappingTable()): JsonRpcCall {
  const rpc = table.rpc(rpcName);
  if (rpc.jsonrpc === undefined) throw new ClnMappingError(`${rpcName} streams the ${rpc.notification ?? '?'} notification; it has no JSON-RPC method`);
  return { method: rpc.jsonrpc, params: atPath(rpc.request, () => messageMapper(table).messageToJson(rpc.request, request ?? {})) };
}

/**
 * A JSON-RPC result (or, for Subscribe… streams, a notification's payload) → the cln.Node response object, in
 * the shape proto-loader would decode it to and ready for the method's responseSerialize.
 */
export function jsonResultToGrpc(rpcName: string, result: unknown, table: MappingTable = defaultMappingTable()): Record<string, unknown> {
  const rpc = table.rpc(rpcName);
  return atPath(rpc.response, () => messageMapper(table).jsonToMessage(rpc.response, result));
}
