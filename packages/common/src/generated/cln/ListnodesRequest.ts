// Original file: proto/node.proto


export interface ListnodesRequest {
  'id'?: (Buffer | Uint8Array | string);
  '_id'?: "id";
}

export interface ListnodesRequest__Output {
  'id'?: (Buffer);
  '_id'?: "id";
}
