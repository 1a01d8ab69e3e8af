// Original file: proto/node.proto

import type { AutocleanonceAutoclean as _cln_AutocleanonceAutoclean, AutocleanonceAutoclean__Output as _cln_AutocleanonceAutoclean__Output } from '../cln/AutocleanonceAutoclean.ts';

export interface AutocleanonceResponse {
  'autoclean'?: (_cln_AutocleanonceAutoclean | null);
}

export interface AutocleanonceResponse__Output {
  'autoclean': (_cln_AutocleanonceAutoclean__Output | null);
}
