// Original file: proto/node.proto


export interface ListconfigsRequest {
  'config'?: (string);
  '_config'?: "config";
}

export interface ListconfigsRequest__Output {
  'config'?: (string);
  '_config'?: "config";
}
