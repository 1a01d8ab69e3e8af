// Original file: proto/node.proto

import type { ShowrunesRunes as _cln_ShowrunesRunes, ShowrunesRunes__Output as _cln_ShowrunesRunes__Output } from '../cln/ShowrunesRunes.ts';

export interface ShowrunesResponse {
  'runes'?: (_cln_ShowrunesRunes)[];
}

export interface ShowrunesResponse__Output {
  'runes': (_cln_ShowrunesRunes__Output)[];
}
