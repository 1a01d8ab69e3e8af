// Original file: proto/node.proto


export interface AskreneremovelayerRequest {
  'layer'?: (string);
}

export interface AskreneremovelayerRequest__Output {
  'layer': (string);
}
