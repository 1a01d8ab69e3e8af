// Original file: proto/node.proto


export interface FundchannelCompleteRequest {
  'id'?: (Buffer | Uint8Array | string);
  'psbt'?: (string);
  'withhold'?: (boolean);
  '_withhold'?: "withhold";
}

export interface FundchannelCompleteRequest__Output {
  'id': (Buffer);
  'psbt': (string);
  'withhold'?: (boolean);
  '_withhold'?: "withhold";
}
