// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_PeerConnectAddress_PeerConnectAddressType = {
  LOCAL_SOCKET: 'LOCAL_SOCKET',
  IPV4: 'IPV4',
  IPV6: 'IPV6',
  TORV2: 'TORV2',
  TORV3: 'TORV3',
  WEBSOCKET: 'WEBSOCKET',
} as const;

export type _cln_PeerConnectAddress_PeerConnectAddressType =
  | 'LOCAL_SOCKET'
  | 0
  | 'IPV4'
  | 1
  | 'IPV6'
  | 2
  | 'TORV2'
  | 3
  | 'TORV3'
  | 4
  | 'WEBSOCKET'
  | 5

export type _cln_PeerConnectAddress_PeerConnectAddressType__Output = typeof _cln_PeerConnectAddress_PeerConnectAddressType[keyof typeof _cln_PeerConnectAddress_PeerConnectAddressType]

export interface PeerConnectAddress {
  'item_type'?: (_cln_PeerConnectAddress_PeerConnectAddressType);
  'socket'?: (string);
  'address'?: (string);
  'port'?: (number);
  '_socket'?: "socket";
  '_address'?: "address";
  '_port'?: "port";
}

export interface PeerConnectAddress__Output {
  'item_type': (_cln_PeerConnectAddress_PeerConnectAddressType__Output);
  'socket'?: (string);
  'address'?: (string);
  'port'?: (number);
  '_socket'?: "socket";
  '_address'?: "address";
  '_port'?: "port";
}
