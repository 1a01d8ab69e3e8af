// Original file: proto/node.proto


export interface AskreneremovechannelupdateRequest {
  'layer'?: (string);
  'short_channel_id_dir'?: (string);
}

export interface AskreneremovechannelupdateRequest__Output {
  'layer': (string);
  'short_channel_id_dir': (string);
}
