// Original file: proto/node.proto

import type { ShowrunesRunesRestrictionsAlternatives as _cln_ShowrunesRunesRestrictionsAlternatives, ShowrunesRunesRestrictionsAlternatives__Output as _cln_ShowrunesRunesRestrictionsAlternatives__Output } from '../cln/ShowrunesRunesRestrictionsAlternatives.ts';

export interface ShowrunesRunesRestrictions {
  'alternatives'?: (_cln_ShowrunesRunesRestrictionsAlternatives)[];
  'english'?: (string);
}

export interface ShowrunesRunesRestrictions__Output {
  'alternatives': (_cln_ShowrunesRunesRestrictionsAlternatives__Output)[];
  'english': (string);
}
