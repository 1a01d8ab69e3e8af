// Original file: proto/node.proto

import type { MultifundchannelFailedError as _cln_MultifundchannelFailedError, MultifundchannelFailedError__Output as _cln_MultifundchannelFailedError__Output } from '../cln/MultifundchannelFailedError.ts';

// Original file: proto/node.proto

export const _cln_MultifundchannelFailed_MultifundchannelFailedMethod = {
  CONNECT: 'CONNECT',
  OPENCHANNEL_INIT: 'OPENCHANNEL_INIT',
  FUNDCHANNEL_START: 'FUNDCHANNEL_START',
  FUNDCHANNEL_COMPLETE: 'FUNDCHANNEL_COMPLETE',
} as const;

export type _cln_MultifundchannelFailed_MultifundchannelFailedMethod =
  | 'CONNECT'
  | 0
  | 'OPENCHANNEL_INIT'
  | 1
  | 'FUNDCHANNEL_START'
  | 2
  | 'FUNDCHANNEL_COMPLETE'
  | 3

export type _cln_MultifundchannelFailed_MultifundchannelFailedMethod__Output = typeof _cln_MultifundchannelFailed_MultifundchannelFailedMethod[keyof typeof _cln_MultifundchannelFailed_MultifundchannelFailedMethod]

export interface MultifundchannelFailed {
  'id'?: (Buffer | Uint8Array | string);
  'method'?: (_cln_MultifundchannelFailed_MultifundchannelFailedMethod);
  'error'?: (_cln_MultifundchannelFailedError | null);
}

export interface MultifundchannelFailed__Output {
  'id': (Buffer);
  'method': (_cln_MultifundchannelFailed_MultifundchannelFailedMethod__Output);
  'error': (_cln_MultifundchannelFailedError__Output | null);
}
