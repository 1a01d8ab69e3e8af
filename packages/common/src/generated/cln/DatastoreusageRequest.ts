// Original file: proto/node.proto


export interface DatastoreusageRequest {
  'key'?: (string)[];
}

export interface DatastoreusageRequest__Output {
  'key': (string)[];
}
