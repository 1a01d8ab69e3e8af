// Original file: proto/scheduler.proto


export interface ListInviteCodesRequest {
}

export interface ListInviteCodesRequest__Output {
}
