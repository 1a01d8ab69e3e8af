// Original file: proto/scheduler.proto


export interface InviteCode {
  'code'?: (string);
  'is_redeemed'?: (boolean);
}

export interface InviteCode__Output {
  'code': (string);
  'is_redeemed': (boolean);
}
