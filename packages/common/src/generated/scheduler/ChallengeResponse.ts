// Original file: proto/scheduler.proto


export interface ChallengeResponse {
  'challenge'?: (Buffer | Uint8Array | string);
}

export interface ChallengeResponse__Output {
  'challenge': (Buffer);
}
