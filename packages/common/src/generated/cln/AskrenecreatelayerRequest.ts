// Original file: proto/node.proto


export interface AskrenecreatelayerRequest {
  'layer'?: (string);
  'persistent'?: (boolean);
  '_persistent'?: "persistent";
}

export interface AskrenecreatelayerRequest__Output {
  'layer': (string);
  'persistent'?: (boolean);
  '_persistent'?: "persistent";
}
