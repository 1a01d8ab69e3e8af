// Original file: proto/scheduler.proto


export interface AddOutgoingWebhookRequest {
  'node_id'?: (Buffer | Uint8Array | string);
  'uri'?: (string);
}

export interface AddOutgoingWebhookRequest__Output {
  'node_id': (Buffer);
  'uri': (string);
}
