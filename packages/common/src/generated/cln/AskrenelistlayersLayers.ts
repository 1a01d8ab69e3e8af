// Original file: proto/node.proto

import type { AskrenelistlayersLayersCreatedChannels as _cln_AskrenelistlayersLayersCreatedChannels, AskrenelistlayersLayersCreatedChannels__Output as _cln_AskrenelistlayersLayersCreatedChannels__Output } from '../cln/AskrenelistlayersLayersCreatedChannels.ts';
import type { AskrenelistlayersLayersConstraints as _cln_AskrenelistlayersLayersConstraints, AskrenelistlayersLayersConstraints__Output as _cln_AskrenelistlayersLayersConstraints__Output } from '../cln/AskrenelistlayersLayersConstraints.ts';
import type { AskrenelistlayersLayersChannelUpdates as _cln_AskrenelistlayersLayersChannelUpdates, AskrenelistlayersLayersChannelUpdates__Output as _cln_AskrenelistlayersLayersChannelUpdates__Output } from '../cln/AskrenelistlayersLayersChannelUpdates.ts';
import type { AskrenelistlayersLayersBiases as _cln_AskrenelistlayersLayersBiases, AskrenelistlayersLayersBiases__Output as _cln_AskrenelistlayersLayersBiases__Output } from '../cln/AskrenelistlayersLayersBiases.ts';
import type { AskrenelistlayersLayersNodeBiases as _cln_AskrenelistlayersLayersNodeBiases, AskrenelistlayersLayersNodeBiases__Output as _cln_AskrenelistlayersLayersNodeBiases__Output } from '../cln/AskrenelistlayersLayersNodeBiases.ts';

export interface AskrenelistlayersLayers {
  'layer'?: (string);
  'disabled_nodes'?: (Buffer | Uint8Array | string)[];
  'created_channels'?: (_cln_AskrenelistlayersLayersCreatedChannels)[];
  'constraints'?: (_cln_AskrenelistlayersLayersConstraints)[];
  'persistent'?: (boolean);
  'disabled_channels'?: (string)[];
  'channel_updates'?: (_cln_AskrenelistlayersLayersChannelUpdates)[];
  'biases'?: (_cln_AskrenelistlayersLayersBiases)[];
  'node_biases'?: (_cln_AskrenelistlayersLayersNodeBiases)[];
}

export interface AskrenelistlayersLayers__Output {
  'layer': (string);
  'disabled_nodes': (Buffer)[];
  'created_channels': (_cln_AskrenelistlayersLayersCreatedChannels__Output)[];
  'constraints': (_cln_AskrenelistlayersLayersConstraints__Output)[];
  'persistent': (boolean);
  'disabled_channels': (string)[];
  'channel_updates': (_cln_AskrenelistlayersLayersChannelUpdates__Output)[];
  'biases': (_cln_AskrenelistlayersLayersBiases__Output)[];
  'node_biases': (_cln_AskrenelistlayersLayersNodeBiases__Output)[];
}
