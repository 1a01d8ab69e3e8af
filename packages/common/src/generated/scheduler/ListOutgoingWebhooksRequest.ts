// Original file: proto/scheduler.proto


export interface ListOutgoingWebhooksRequest {
  'node_id'?: (Buffer | Uint8Array | string);
}

export interface ListOutgoingWebhooksRequest__Output {
  'node_id': (Buffer);
}
