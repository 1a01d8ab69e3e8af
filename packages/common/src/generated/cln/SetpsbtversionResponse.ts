// Original file: proto/node.proto


export interface SetpsbtversionResponse {
  'psbt'?: (string);
}

export interface SetpsbtversionResponse__Output {
  'psbt': (string);
}
