// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface ListnetworkeventsNetworkevents {
  'created_index'?: (number | string | Long);
  'timestamp'?: (number | string | Long);
  'peer_id'?: (Buffer | Uint8Array | string);
  'item_type'?: (string);
  'reason'?: (string);
  'duration_nsec'?: (number | string | Long);
  'connect_attempted'?: (boolean);
  '_reason'?: "reason";
  '_duration_nsec'?: "duration_nsec";
  '_connect_attempted'?: "connect_attempted";
}

export interface ListnetworkeventsNetworkevents__Output {
  'created_index': (string);
  'timestamp': (string);
  'peer_id': (Buffer);
  'item_type': (string);
  'reason'?: (string);
  'duration_nsec'?: (string);
  'connect_attempted'?: (boolean);
  '_reason'?: "reason";
  '_duration_nsec'?: "duration_nsec";
  '_connect_attempted'?: "connect_attempted";
}
