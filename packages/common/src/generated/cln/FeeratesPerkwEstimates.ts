// Original file: proto/node.proto


export interface FeeratesPerkwEstimates {
  'blockcount'?: (number);
  'feerate'?: (number);
  'smoothed_feerate'?: (number);
}

export interface FeeratesPerkwEstimates__Output {
  'blockcount': (number);
  'feerate': (number);
  'smoothed_feerate': (number);
}
