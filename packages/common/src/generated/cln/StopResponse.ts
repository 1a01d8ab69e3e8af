// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_StopResponse_StopResult = {
  SHUTDOWN_COMPLETE: 'SHUTDOWN_COMPLETE',
} as const;

export type _cln_StopResponse_StopResult =
  | 'SHUTDOWN_COMPLETE'
  | 0

export type _cln_StopResponse_StopResult__Output = typeof _cln_StopResponse_StopResult[keyof typeof _cln_StopResponse_StopResult]

export interface StopResponse {
  'result'?: (_cln_StopResponse_StopResult);
}

export interface StopResponse__Output {
  'result': (_cln_StopResponse_StopResult__Output);
}
