// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface AskrenecreatechannelRequest {
  'layer'?: (string);
  'source'?: (Buffer | Uint8Array | string);
  'destination'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'capacity_msat'?: (_cln_Amount | null);
}

export interface AskrenecreatechannelRequest__Output {
  'layer': (string);
  'source': (Buffer);
  'destination': (Buffer);
  'short_channel_id': (string);
  'capacity_msat': (_cln_Amount__Output | null);
}
