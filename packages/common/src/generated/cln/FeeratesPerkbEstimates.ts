// Original file: proto/node.proto


export interface FeeratesPerkbEstimates {
  'blockcount'?: (number);
  'feerate'?: (number);
  'smoothed_feerate'?: (number);
}

export interface FeeratesPerkbEstimates__Output {
  'blockcount': (number);
  'feerate': (number);
  'smoothed_feerate': (number);
}
