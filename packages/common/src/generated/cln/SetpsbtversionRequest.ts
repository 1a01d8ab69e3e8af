// Original file: proto/node.proto


export interface SetpsbtversionRequest {
  'psbt'?: (string);
  'version'?: (number);
}

export interface SetpsbtversionRequest__Output {
  'psbt': (string);
  'version': (number);
}
