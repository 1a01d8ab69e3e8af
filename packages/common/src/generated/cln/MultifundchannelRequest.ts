// Original file: proto/node.proto

import type { MultifundchannelDestinations as _cln_MultifundchannelDestinations, MultifundchannelDestinations__Output as _cln_MultifundchannelDestinations__Output } from '../cln/MultifundchannelDestinations.ts';
import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from '../cln/Feerate.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from '../cln/Outpoint.ts';
import type { Long } from '@grpc/proto-loader';

export interface MultifundchannelRequest {
  'destinations'?: (_cln_MultifundchannelDestinations)[];
  'feerate'?: (_cln_Feerate | null);
  'minconf'?: (number | string | Long);
  'utxos'?: (_cln_Outpoint)[];
  'minchannels'?: (number | string | Long);
  'commitment_feerate'?: (_cln_Feerate | null);
  '_feerate'?: "feerate";
  '_minconf'?: "minconf";
  '_minchannels'?: "minchannels";
  '_commitment_feerate'?: "commitment_feerate";
}

export interface MultifundchannelRequest__Output {
  'destinations': (_cln_MultifundchannelDestinations__Output)[];
  'feerate'?: (_cln_Feerate__Output | null);
  'minconf'?: (string);
  'utxos': (_cln_Outpoint__Output)[];
  'minchannels'?: (string);
  'commitment_feerate'?: (_cln_Feerate__Output | null);
  '_feerate'?: "feerate";
  '_minconf'?: "minconf";
  '_minchannels'?: "minchannels";
  '_commitment_feerate'?: "commitment_feerate";
}
