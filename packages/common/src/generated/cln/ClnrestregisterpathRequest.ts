// Original file: proto/node.proto

import type { ClnrestregisterpathRuneRestrictions as _cln_ClnrestregisterpathRuneRestrictions, ClnrestregisterpathRuneRestrictions__Output as _cln_ClnrestregisterpathRuneRestrictions__Output } from '../cln/ClnrestregisterpathRuneRestrictions.ts';

export interface ClnrestregisterpathRequest {
  'path'?: (string);
  'rpc_method'?: (string);
  'rune_restrictions'?: (_cln_ClnrestregisterpathRuneRestrictions | null);
  'rune_required'?: (boolean);
  'http_method'?: (string);
  '_rune_restrictions'?: "rune_restrictions";
  '_rune_required'?: "rune_required";
  '_http_method'?: "http_method";
}

export interface ClnrestregisterpathRequest__Output {
  'path': (string);
  'rpc_method': (string);
  'rune_restrictions'?: (_cln_ClnrestregisterpathRuneRestrictions__Output | null);
  'rune_required'?: (boolean);
  'http_method'?: (string);
  '_rune_restrictions'?: "rune_restrictions";
  '_rune_required'?: "rune_required";
  '_http_method'?: "http_method";
}
