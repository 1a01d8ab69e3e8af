// Original file: proto/node.proto

import type { BlacklistruneBlacklist as _cln_BlacklistruneBlacklist, BlacklistruneBlacklist__Output as _cln_BlacklistruneBlacklist__Output } from '../cln/BlacklistruneBlacklist.ts';

export interface BlacklistruneResponse {
  'blacklist'?: (_cln_BlacklistruneBlacklist)[];
}

export interface BlacklistruneResponse__Output {
  'blacklist': (_cln_BlacklistruneBlacklist__Output)[];
}
