import { encodeHsmd } from '@greenhouse/common/hsmd';
import type { HsmdRequestHandler } from './request-handler.ts';

/** The secrets lightningd and its plugins derive on every start (cln-hsmd.md §1.5, greenlight.md §5.4). */
export const STARTUP_SECRETS = ['bolt12-invoice-base', 'scb secret', 'commando', 'node-alias-base', 'offer-blinded-path'];

export interface StartupMessage {
  request: Buffer;
  response: Buffer;
}

/**
 * What Register stores so the node can boot before any signer attaches: the init reply
 * (`init_msg`, replayed for lightningd's real `hsmd_init`) and canned request/reply pairs for the
 * startup `derive_secret`s. The canned init request is Greenlight's: key versions 0/0, zero chain
 * hash, wire versions 4..6.
 */
export function startupMessages(handler: HsmdRequestHandler): { initMsg: Buffer; startupMessages: StartupMessage[] } {
  const initRequest = encodeHsmd({
    kind: 'hsmd_init',
    bip32_key_version: { pubkey_version: 0, privkey_version: 0 },
    chainparams: new Uint8Array(32),
    hsm_wire_min_version: 4,
    hsm_wire_max_version: 6,
  });
  const pair = (request: Uint8Array): StartupMessage => ({ request: Buffer.from(request), response: Buffer.from(handler.handle(request, undefined)!) });
  const init = pair(initRequest);
  const secrets = STARTUP_SECRETS.map((info) => pair(encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from(info) })));
  return { initMsg: init.response, startupMessages: [init, ...secrets] };
}
