// Original file: proto/greenhouse.proto


export interface DenyPairingRequest {
  'device_id'?: (string);
  'reason'?: (string);
}

export interface DenyPairingRequest__Output {
  'device_id': (string);
  'reason': (string);
}
