// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';

// Original file: proto/node.proto

export const _cln_AskreneinformchannelRequest_AskreneinformchannelInform = {
  CONSTRAINED: 'CONSTRAINED',
  UNCONSTRAINED: 'UNCONSTRAINED',
  SUCCEEDED: 'SUCCEEDED',
} as const;

export type _cln_AskreneinformchannelRequest_AskreneinformchannelInform =
  | 'CONSTRAINED'
  | 0
  | 'UNCONSTRAINED'
  | 1
  | 'SUCCEEDED'
  | 2

export type _cln_AskreneinformchannelRequest_AskreneinformchannelInform__Output = typeof _cln_AskreneinformchannelRequest_AskreneinformchannelInform[keyof typeof _cln_AskreneinformchannelRequest_AskreneinformchannelInform]

export interface AskreneinformchannelRequest {
  'layer'?: (string);
  'short_channel_id_dir'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'inform'?: (_cln_AskreneinformchannelRequest_AskreneinformchannelInform);
}

export interface AskreneinformchannelRequest__Output {
  'layer': (string);
  'short_channel_id_dir': (string);
  'amount_msat': (_cln_Amount__Output | null);
  'inform': (_cln_AskreneinformchannelRequest_AskreneinformchannelInform__Output);
}
