// Original file: proto/node.proto

import type { AskrenecreatelayerLayersCreatedChannels as _cln_AskrenecreatelayerLayersCreatedChannels, AskrenecreatelayerLayersCreatedChannels__Output as _cln_AskrenecreatelayerLayersCreatedChannels__Output } from '../cln/AskrenecreatelayerLayersCreatedChannels.ts';
import type { AskrenecreatelayerLayersChannelUpdates as _cln_AskrenecreatelayerLayersChannelUpdates, AskrenecreatelayerLayersChannelUpdates__Output as _cln_AskrenecreatelayerLayersChannelUpdates__Output } from '../cln/AskrenecreatelayerLayersChannelUpdates.ts';
import type { AskrenecreatelayerLayersConstraints as _cln_AskrenecreatelayerLayersConstraints, AskrenecreatelayerLayersConstraints__Output as _cln_AskrenecreatelayerLayersConstraints__Output } from '../cln/AskrenecreatelayerLayersConstraints.ts';
import type { AskrenecreatelayerLayersBiases as _cln_AskrenecreatelayerLayersBiases, AskrenecreatelayerLayersBiases__Output as _cln_AskrenecreatelayerLayersBiases__Output } from '../cln/AskrenecreatelayerLayersBiases.ts';
import type { AskrenecreatelayerLayersNodeBiases as _cln_AskrenecreatelayerLayersNodeBiases, AskrenecreatelayerLayersNodeBiases__Output as _cln_AskrenecreatelayerLayersNodeBiases__Output } from '../cln/AskrenecreatelayerLayersNodeBiases.ts';

export interface AskrenecreatelayerLayers {
  'layer'?: (string);
  'persistent'?: (boolean);
  'disabled_nodes'?: (Buffer | Uint8Array | string)[];
  'disabled_channels'?: (string)[];
  'created_channels'?: (_cln_AskrenecreatelayerLayersCreatedChannels)[];
  'channel_updates'?: (_cln_AskrenecreatelayerLayersChannelUpdates)[];
  'constraints'?: (_cln_AskrenecreatelayerLayersConstraints)[];
  'biases'?: (_cln_AskrenecreatelayerLayersBiases)[];
  'node_biases'?: (_cln_AskrenecreatelayerLayersNodeBiases)[];
}

export interface AskrenecreatelayerLayers__Output {
  'layer': (string);
  'persistent': (boolean);
  'disabled_nodes': (Buffer)[];
  'disabled_channels': (string)[];
  'created_channels': (_cln_AskrenecreatelayerLayersCreatedChannels__Output)[];
  'channel_updates': (_cln_AskrenecreatelayerLayersChannelUpdates__Output)[];
  'constraints': (_cln_AskrenecreatelayerLayersConstraints__Output)[];
  'biases': (_cln_AskrenecreatelayerLayersBiases__Output)[];
  'node_biases': (_cln_AskrenecreatelayerLayersNodeBiases__Output)[];
}
