import type { ClnRpcCallOptions, ClnRpcClient } from '../client/cln-rpc-client.ts';
import { defaultMappingTable, type MappingTable } from './mapping-table.ts';
import { grpcRequestToJson, jsonResultToGrpc } from './rpc-mapping.ts';

/** One cln.Node RPC through lightning-rpc: map the request, call, map the result back. */
export async function callMappedRpc(
  client: ClnRpcClient,
  rpcName: string,
  request: unknown,
  options: ClnRpcCallOptions & { table?: MappingTable } = {},
): Promise<Record<string, unknown>> {
  const { table = defaultMappingTable(), ...callOptions } = options;
  const { method, params } = grpcRequestToJson(rpcName, request, table);
  const result = await client.call(method, params, callOptions);
  return jsonResultToGrpc(rpcName, result, table);
}
