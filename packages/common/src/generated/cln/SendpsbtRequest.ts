// Original file: proto/node.proto


export interface SendpsbtRequest {
  'psbt'?: (string);
  'reserve'?: (number);
  '_reserve'?: "reserve";
}

export interface SendpsbtRequest__Output {
  'psbt': (string);
  'reserve'?: (number);
  '_reserve'?: "reserve";
}
