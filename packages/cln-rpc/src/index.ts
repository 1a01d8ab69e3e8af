export { ClnRpcClient, type ClnRpcCallOptions, type ClnRpcClientOptions, type ClnRpcParams } from './client/cln-rpc-client.ts';
export { ClnRpcConnectionError, ClnRpcError, ClnRpcProtocolError, ClnRpcTimeoutError } from './client/errors.ts';
export { lightningRpcPath } from './client/socket-path.ts';
export { waitForRpc } from './client/wait-for-rpc.ts';
export { parseJsonLossless, stringifyJsonLossless } from './client/lossless-json.ts';
export { ResponseFramer } from './client/response-framer.ts';
