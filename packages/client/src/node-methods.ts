// The node's two services, typed from the generated definitions (packages/common/src/generated) and
// resolved at run time from the one loaded proto package definition.
import type { ClientReadableStream, MethodDefinition } from '@grpc/grpc-js';
import { invalidArgument, loadProtos } from '@greenhouse/common';
import type { NodeClient as ClnGeneratedClient, NodeDefinition as ClnDefinition } from '@greenhouse/common/generated/cln/Node.ts';
import type { NodeClient as GreenlightGeneratedClient, NodeDefinition as GreenlightDefinition } from '@greenhouse/common/generated/greenlight/Node.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The method names of a generated service definition, without its `[name: string]` index signature. */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] } & string;
type RequestOf<D> = D extends { requestSerialize: (value: infer Request) => Buffer } ? Request : never;
type ResponseOf<D> = D extends { responseDeserialize: (bytes: Buffer) => infer Output } ? Output : never;
/** Server-streaming methods: the generated client returns a readable stream for them. */
type StreamingOf<Client, Methods extends string> = {
  [M in Methods]: M extends keyof Client ? (Client[M] extends (...args: any[]) => infer R ? (R extends ClientReadableStream<any> ? M : never) : never) : never;
}[Methods];

/** Every `cln.Node` method, e.g. `Getinfo`, `Invoice`, `SubscribeBlockAdded`. */
export type ClnMethod = KnownKeys<ClnDefinition>;
export type ClnStreamMethod = StreamingOf<ClnGeneratedClient, ClnMethod>;
export type ClnUnaryMethod = Exclude<ClnMethod, ClnStreamMethod>;
export type ClnRequest<M extends ClnMethod> = RequestOf<ClnDefinition[M]>;
export type ClnResponse<M extends ClnMethod> = ResponseOf<ClnDefinition[M]>;

/** `greenlight.Node` as a client uses it; the signer's StreamHsmRequests/RespondHsmRequest are left out. */
export type GreenlightMethod = Exclude<KnownKeys<GreenlightDefinition>, 'StreamHsmRequests' | 'RespondHsmRequest'>;
export type GreenlightStreamMethod = StreamingOf<GreenlightGeneratedClient, GreenlightMethod>;
export type GreenlightUnaryMethod = Exclude<GreenlightMethod, GreenlightStreamMethod>;
export type GreenlightRequest<M extends GreenlightMethod> = RequestOf<GreenlightDefinition[M]>;
export type GreenlightResponse<M extends GreenlightMethod> = ResponseOf<GreenlightDefinition[M]>;

export type NodeServiceName = 'cln.Node' | 'greenlight.Node';

/** One method as the wire knows it. */
export interface NodeMethod {
  service: NodeServiceName;
  /** As in the proto, e.g. `ConnectPeer`. */
  name: string;
  /** `/cln.Node/ConnectPeer`. */
  path: string;
  /** Fully qualified request message, e.g. `cln.ConnectRequest`. */
  requestType: string;
  streaming: boolean;
  definition: MethodDefinition<object, object>;
}

const CLIENT_HIDDEN = new Set(['StreamHsmRequests', 'RespondHsmRequest']);

let cached: Map<NodeServiceName, NodeMethod[]> | undefined;

/** The methods of a node service (from the loaded protos), in proto order. */
export function nodeMethods(service: NodeServiceName): NodeMethod[] {
  if (!cached) {
    cached = new Map();
    const definitions = loadProtos().definition;
    for (const name of ['cln.Node', 'greenlight.Node'] as const) {
      const methods = definitions[name] as unknown as Record<string, MethodDefinition<object, object> & { requestType: { type: { name: string } } }>;
      const pkg = name.split('.')[0]!;
      cached.set(
        name,
        Object.entries(methods)
          .filter(([method]) => !CLIENT_HIDDEN.has(method))
          .map(([method, definition]) => ({
            service: name,
            name: method,
            path: definition.path,
            requestType: `${pkg}.${definition.requestType.type.name}`,
            streaming: definition.responseStream,
            definition,
          })),
      );
    }
  }
  return cached.get(service)!;
}

export function nodeMethod(service: NodeServiceName, name: string): NodeMethod {
  const method = nodeMethods(service).find((candidate) => candidate.name === name);
  if (!method) throw invalidArgument(`${service} has no method ${name}`);
  return method;
}

/**
 * A `cln.Node` method by the name a person types: the proto name in any case (`getinfo`,
 * `ListFunds`) or CLN's JSON-RPC command (`connect` for ConnectPeer, `listfunds`), which is the
 * request message's name without `Request`.
 */
export function findClnMethod(name: string): NodeMethod {
  const wanted = name.toLowerCase();
  const methods = nodeMethods('cln.Node');
  const found =
    methods.find((method) => method.name.toLowerCase() === wanted) ??
    methods.find((method) => method.requestType.toLowerCase() === `cln.${wanted}request`);
  if (found) return found;
  const close = methods.filter((method) => method.name.toLowerCase().includes(wanted) || wanted.includes(method.name.toLowerCase())).map((m) => m.name);
  throw invalidArgument(
    `cln.Node has no method ${name}${close.length > 0 ? `; did you mean ${close.slice(0, 5).join(', ')}?` : ''} (greenhouse node methods lists them all)`,
  );
}
