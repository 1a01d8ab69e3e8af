// Original file: proto/node.proto

import type { ListchannelmovesChannelmoves as _cln_ListchannelmovesChannelmoves, ListchannelmovesChannelmoves__Output as _cln_ListchannelmovesChannelmoves__Output } from '../cln/ListchannelmovesChannelmoves.ts';

export interface ListchannelmovesResponse {
  'channelmoves'?: (_cln_ListchannelmovesChannelmoves)[];
}

export interface ListchannelmovesResponse__Output {
  'channelmoves': (_cln_ListchannelmovesChannelmoves__Output)[];
}
