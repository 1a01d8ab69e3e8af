// Original file: proto/primitives.proto

import type { TlvEntry as _cln_TlvEntry, TlvEntry__Output as _cln_TlvEntry__Output } from '../cln/TlvEntry.ts';

export interface TlvStream {
  'entries'?: (_cln_TlvEntry)[];
}

export interface TlvStream__Output {
  'entries': (_cln_TlvEntry__Output)[];
}
