// Who is asking. Requests on a client socket made by hsmd_client_hsmfd (9) carry no peer id or dbid:
// the socket's creator, lightningd, said them once in the hsmd_client_hsmfd request, and every
// later request on that socket is answered in that context. Greenlight forwards it as HsmRequestContext.
import { decodeHsmdAs, encodeHsmd } from './catalogue.ts';
import type { HsmdMessageOf } from './message-types.ts';
import { HSM_MASTER_PERMISSIONS } from './permissions.ts';

/** Field names follow Greenlight's HsmRequestContext (CLN calls them id, dbid, permissions). */
export interface HsmdClientContext {
  /** The peer's node id for channel daemons; lightningd's own id for connectd (dbid 0). */
  readonly node_id: Uint8Array;
  /** The channel's database id, from which channel keys are derived; 0 for node-level clients. */
  readonly dbid: bigint;
  /** HSM_PERM_* bits the client may use. */
  readonly capabilities: bigint;
}

/** The context of a client socket, from its hsmd_client_hsmfd request (body bytes or decoded). */
export function clientContextFromHsmfd(request: Uint8Array | HsmdMessageOf<'hsmd_client_hsmfd'>): HsmdClientContext {
  const message = request instanceof Uint8Array ? decodeHsmdAs('hsmd_client_hsmfd', request) : request;
  return { node_id: message.id, dbid: message.dbid, capabilities: message.permissions };
}

/** The hsmd_client_hsmfd request body that asks for a client socket with this context. */
export function hsmfdRequestFor(context: HsmdClientContext): Uint8Array {
  return encodeHsmd({ kind: 'hsmd_client_hsmfd', id: context.node_id, dbid: context.dbid, permissions: context.capabilities });
}

/** The reply to hsmd_client_hsmfd: just the type (109); the new socket follows as an SCM_RIGHTS fd. */
export const HSMD_CLIENT_HSMFD_REPLY: Uint8Array = encodeHsmd({ kind: 'hsmd_client_hsmfd_reply' });

/**
 * Permission bits for a request: the client's, or lightningd's own (master) connection's when there
 * is no client context (Greenlight sends no context for requests on fd 3).
 */
export function permissionsOf(context: HsmdClientContext | undefined): bigint {
  return context?.capabilities ?? BigInt(HSM_MASTER_PERMISSIONS);
}

/**
 * True when requests in this context concern one channel, so its keys come from (node_id, dbid).
 * With no context or dbid 0 (lightningd itself, connectd) only node-level keys are used.
 */
export function isChannelClient(context: HsmdClientContext | undefined): context is HsmdClientContext {
  return context !== undefined && context.dbid !== 0n;
}
