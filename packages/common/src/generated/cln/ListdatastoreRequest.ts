// Original file: proto/node.proto


export interface ListdatastoreRequest {
  'key'?: (string)[];
}

export interface ListdatastoreRequest__Output {
  'key': (string)[];
}
