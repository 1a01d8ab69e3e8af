// Original file: proto/node.proto

import type { AskrenecreatelayerLayers as _cln_AskrenecreatelayerLayers, AskrenecreatelayerLayers__Output as _cln_AskrenecreatelayerLayers__Output } from '../cln/AskrenecreatelayerLayers.ts';

export interface AskrenecreatelayerResponse {
  'layers'?: (_cln_AskrenecreatelayerLayers)[];
}

export interface AskrenecreatelayerResponse__Output {
  'layers': (_cln_AskrenecreatelayerLayers__Output)[];
}
