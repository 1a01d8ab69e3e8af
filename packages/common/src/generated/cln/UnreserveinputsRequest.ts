// Original file: proto/node.proto


export interface UnreserveinputsRequest {
  'psbt'?: (string);
  'reserve'?: (number);
  '_reserve'?: "reserve";
}

export interface UnreserveinputsRequest__Output {
  'psbt': (string);
  'reserve'?: (number);
  '_reserve'?: "reserve";
}
