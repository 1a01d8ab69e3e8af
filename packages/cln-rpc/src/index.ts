export { ClnRpcClient, type ClnRpcCallOptions, type ClnRpcClientOptions, type ClnRpcParams } from './client/cln-rpc-client.ts';
export { ClnRpcConnectionError, ClnRpcError, ClnRpcProtocolError, ClnRpcTimeoutError } from './client/errors.ts';
export { lightningRpcPath } from './client/socket-path.ts';
export { waitForRpc } from './client/wait-for-rpc.ts';
export { parseJsonLossless, stringifyJsonLossless } from './client/lossless-json.ts';
export { ResponseFramer } from './client/response-framer.ts';
export { ClnMappingError } from './mapping/errors.ts';
export {
  defaultMappingTable,
  MAPPING_FILE,
  MappingTable,
  type ClnJsonRpcMappingFile,
  type EnumValueMapping,
  type FieldMapping,
  type RpcMapping,
} from './mapping/mapping-table.ts';
export { CONVERSIONS, type Conversion } from './mapping/conversions.ts';
export { MessageMapper } from './mapping/message-mapper.ts';
export { grpcRequestToJson, jsonResultToGrpc, messageMapper, type JsonRpcCall } from './mapping/rpc-mapping.ts';
export { callMappedRpc } from './mapping/call-mapped-rpc.ts';
