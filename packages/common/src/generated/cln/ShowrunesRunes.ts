// Original file: proto/node.proto

import type { ShowrunesRunesRestrictions as _cln_ShowrunesRunesRestrictions, ShowrunesRunesRestrictions__Output as _cln_ShowrunesRunesRestrictions__Output } from '../cln/ShowrunesRunesRestrictions.ts';

export interface ShowrunesRunes {
  'rune'?: (string);
  'unique_id'?: (string);
  'restrictions'?: (_cln_ShowrunesRunesRestrictions)[];
  'restrictions_as_english'?: (string);
  'stored'?: (boolean);
  'blacklisted'?: (boolean);
  'last_used'?: (number | string);
  'our_rune'?: (boolean);
  '_stored'?: "stored";
  '_blacklisted'?: "blacklisted";
  '_last_used'?: "last_used";
  '_our_rune'?: "our_rune";
}

export interface ShowrunesRunes__Output {
  'rune': (string);
  'unique_id': (string);
  'restrictions': (_cln_ShowrunesRunesRestrictions__Output)[];
  'restrictions_as_english': (string);
  'stored'?: (boolean);
  'blacklisted'?: (boolean);
  'last_used'?: (number);
  'our_rune'?: (boolean);
  '_stored'?: "stored";
  '_blacklisted'?: "blacklisted";
  '_last_used'?: "last_used";
  '_our_rune'?: "our_rune";
}
