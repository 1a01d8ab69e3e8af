// Original file: proto/node.proto


export interface AskrenelistlayersRequest {
  'layer'?: (string);
  '_layer'?: "layer";
}

export interface AskrenelistlayersRequest__Output {
  'layer'?: (string);
  '_layer'?: "layer";
}
