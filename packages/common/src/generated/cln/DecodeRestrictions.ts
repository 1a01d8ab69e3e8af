// Original file: proto/node.proto


export interface DecodeRestrictions {
  'alternatives'?: (string)[];
  'summary'?: (string);
}

export interface DecodeRestrictions__Output {
  'alternatives': (string)[];
  'summary': (string);
}
