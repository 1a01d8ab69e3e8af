// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_DecodeFallbacks_DecodeFallbacksType = {
  P2PKH: 'P2PKH',
  P2SH: 'P2SH',
  P2WPKH: 'P2WPKH',
  P2WSH: 'P2WSH',
  P2TR: 'P2TR',
} as const;

export type _cln_DecodeFallbacks_DecodeFallbacksType =
  | 'P2PKH'
  | 0
  | 'P2SH'
  | 1
  | 'P2WPKH'
  | 2
  | 'P2WSH'
  | 3
  | 'P2TR'
  | 4

export type _cln_DecodeFallbacks_DecodeFallbacksType__Output = typeof _cln_DecodeFallbacks_DecodeFallbacksType[keyof typeof _cln_DecodeFallbacks_DecodeFallbacksType]

export interface DecodeFallbacks {
  'warning_invoice_fallbacks_version_invalid'?: (string);
  'item_type'?: (_cln_DecodeFallbacks_DecodeFallbacksType);
  'addr'?: (string);
  'hex'?: (Buffer | Uint8Array | string);
  '_warning_invoice_fallbacks_version_invalid'?: "warning_invoice_fallbacks_version_invalid";
  '_addr'?: "addr";
}

export interface DecodeFallbacks__Output {
  'warning_invoice_fallbacks_version_invalid'?: (string);
  'item_type': (_cln_DecodeFallbacks_DecodeFallbacksType__Output);
  'addr'?: (string);
  'hex': (Buffer);
  '_warning_invoice_fallbacks_version_invalid'?: "warning_invoice_fallbacks_version_invalid";
  '_addr'?: "addr";
}
