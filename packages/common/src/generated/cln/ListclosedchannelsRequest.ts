// Original file: proto/node.proto


export interface ListclosedchannelsRequest {
  'id'?: (Buffer | Uint8Array | string);
  '_id'?: "id";
}

export interface ListclosedchannelsRequest__Output {
  'id'?: (Buffer);
  '_id'?: "id";
}
