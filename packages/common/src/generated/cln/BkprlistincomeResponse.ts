// Original file: proto/node.proto

import type { BkprlistincomeIncomeEvents as _cln_BkprlistincomeIncomeEvents, BkprlistincomeIncomeEvents__Output as _cln_BkprlistincomeIncomeEvents__Output } from '../cln/BkprlistincomeIncomeEvents.ts';

export interface BkprlistincomeResponse {
  'income_events'?: (_cln_BkprlistincomeIncomeEvents)[];
}

export interface BkprlistincomeResponse__Output {
  'income_events': (_cln_BkprlistincomeIncomeEvents__Output)[];
}
