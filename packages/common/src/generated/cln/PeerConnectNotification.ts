// Original file: proto/node.proto

import type { PeerConnectAddress as _cln_PeerConnectAddress, PeerConnectAddress__Output as _cln_PeerConnectAddress__Output } from '../cln/PeerConnectAddress.ts';

// Original file: proto/node.proto

export const _cln_PeerConnectNotification_PeerConnectDirection = {
  IN: 'IN',
  OUT: 'OUT',
} as const;

export type _cln_PeerConnectNotification_PeerConnectDirection =
  | 'IN'
  | 0
  | 'OUT'
  | 1

export type _cln_PeerConnectNotification_PeerConnectDirection__Output = typeof _cln_PeerConnectNotification_PeerConnectDirection[keyof typeof _cln_PeerConnectNotification_PeerConnectDirection]

export interface PeerConnectNotification {
  'id'?: (Buffer | Uint8Array | string);
  'direction'?: (_cln_PeerConnectNotification_PeerConnectDirection);
  'address'?: (_cln_PeerConnectAddress | null);
}

export interface PeerConnectNotification__Output {
  'id': (Buffer);
  'direction': (_cln_PeerConnectNotification_PeerConnectDirection__Output);
  'address': (_cln_PeerConnectAddress__Output | null);
}
