// Original file: proto/scheduler.proto

import type { InviteCode as _scheduler_InviteCode, InviteCode__Output as _scheduler_InviteCode__Output } from '../scheduler/InviteCode.ts';

export interface ListInviteCodesResponse {
  'invite_code_list'?: (_scheduler_InviteCode)[];
}

export interface ListInviteCodesResponse__Output {
  'invite_code_list': (_scheduler_InviteCode__Output)[];
}
