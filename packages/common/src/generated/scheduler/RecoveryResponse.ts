// Original file: proto/scheduler.proto


export interface RecoveryResponse {
  'device_cert'?: (string);
  'device_key'?: (string);
  'rune'?: (string);
  'creds'?: (Buffer | Uint8Array | string);
}

export interface RecoveryResponse__Output {
  'device_cert': (string);
  'device_key': (string);
  'rune': (string);
  'creds': (Buffer);
}
