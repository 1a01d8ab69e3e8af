// Original file: proto/node.proto


export interface AddpsbtoutputResponse {
  'psbt'?: (string);
  'estimated_added_weight'?: (number);
  'outnum'?: (number);
}

export interface AddpsbtoutputResponse__Output {
  'psbt': (string);
  'estimated_added_weight': (number);
  'outnum': (number);
}
