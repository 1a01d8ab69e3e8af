// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_RecoverResponse_RecoverResult = {
  RECOVERY_RESTART_IN_PROGRESS: 'RECOVERY_RESTART_IN_PROGRESS',
} as const;

export type _cln_RecoverResponse_RecoverResult =
  | 'RECOVERY_RESTART_IN_PROGRESS'
  | 0

export type _cln_RecoverResponse_RecoverResult__Output = typeof _cln_RecoverResponse_RecoverResult[keyof typeof _cln_RecoverResponse_RecoverResult]

export interface RecoverResponse {
  'result'?: (_cln_RecoverResponse_RecoverResult);
}

export interface RecoverResponse__Output {
  'result': (_cln_RecoverResponse_RecoverResult__Output);
}
