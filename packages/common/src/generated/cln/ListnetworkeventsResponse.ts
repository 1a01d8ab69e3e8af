// Original file: proto/node.proto

import type { ListnetworkeventsNetworkevents as _cln_ListnetworkeventsNetworkevents, ListnetworkeventsNetworkevents__Output as _cln_ListnetworkeventsNetworkevents__Output } from '../cln/ListnetworkeventsNetworkevents.ts';

export interface ListnetworkeventsResponse {
  'networkevents'?: (_cln_ListnetworkeventsNetworkevents)[];
}

export interface ListnetworkeventsResponse__Output {
  'networkevents': (_cln_ListnetworkeventsNetworkevents__Output)[];
}
