// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

export interface AskrenelistlayersLayersCreatedChannels {
  'source'?: (Buffer | Uint8Array | string);
  'destination'?: (Buffer | Uint8Array | string);
  'short_channel_id'?: (string);
  'capacity_msat'?: (_cln_Amount | null);
}

export interface AskrenelistlayersLayersCreatedChannels__Output {
  'source': (Buffer);
  'destination': (Buffer);
  'short_channel_id': (string);
  'capacity_msat': (_cln_Amount__Output | null);
}
