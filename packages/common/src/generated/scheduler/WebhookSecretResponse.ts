// Original file: proto/scheduler.proto


export interface WebhookSecretResponse {
  'secret'?: (string);
}

export interface WebhookSecretResponse__Output {
  'secret': (string);
}
