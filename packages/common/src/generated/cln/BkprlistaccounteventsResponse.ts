// Original file: proto/node.proto

import type { BkprlistaccounteventsEvents as _cln_BkprlistaccounteventsEvents, BkprlistaccounteventsEvents__Output as _cln_BkprlistaccounteventsEvents__Output } from '../cln/BkprlistaccounteventsEvents.ts';

export interface BkprlistaccounteventsResponse {
  'events'?: (_cln_BkprlistaccounteventsEvents)[];
}

export interface BkprlistaccounteventsResponse__Output {
  'events': (_cln_BkprlistaccounteventsEvents__Output)[];
}
