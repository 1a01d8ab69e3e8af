// Original file: proto/node.proto


export interface BkprinspectRequest {
  'account'?: (string);
}

export interface BkprinspectRequest__Output {
  'account': (string);
}
