// Original file: proto/node.proto


export interface ReserveinputsRequest {
  'psbt'?: (string);
  'exclusive'?: (boolean);
  'reserve'?: (number);
  '_exclusive'?: "exclusive";
  '_reserve'?: "reserve";
}

export interface ReserveinputsRequest__Output {
  'psbt': (string);
  'exclusive'?: (boolean);
  'reserve'?: (number);
  '_exclusive'?: "exclusive";
  '_reserve'?: "reserve";
}
