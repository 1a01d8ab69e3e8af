// Original file: proto/node.proto

import type { AskrenelistlayersLayers as _cln_AskrenelistlayersLayers, AskrenelistlayersLayers__Output as _cln_AskrenelistlayersLayers__Output } from '../cln/AskrenelistlayersLayers.ts';

export interface AskrenelistlayersResponse {
  'layers'?: (_cln_AskrenelistlayersLayers)[];
}

export interface AskrenelistlayersResponse__Output {
  'layers': (_cln_AskrenelistlayersLayers__Output)[];
}
