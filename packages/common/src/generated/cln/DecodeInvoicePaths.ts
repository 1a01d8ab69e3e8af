// Original file: proto/node.proto

import type { DecodeInvoicePathsPath as _cln_DecodeInvoicePathsPath, DecodeInvoicePathsPath__Output as _cln_DecodeInvoicePathsPath__Output } from '../cln/DecodeInvoicePathsPath.ts';
import type { DecodeInvoicePathsPayinfo as _cln_DecodeInvoicePathsPayinfo, DecodeInvoicePathsPayinfo__Output as _cln_DecodeInvoicePathsPayinfo__Output } from '../cln/DecodeInvoicePathsPayinfo.ts';

export interface DecodeInvoicePaths {
  'path'?: (_cln_DecodeInvoicePathsPath)[];
  'payinfo'?: (_cln_DecodeInvoicePathsPayinfo | null);
  'first_node_id'?: (Buffer | Uint8Array | string);
  'first_path_key'?: (Buffer | Uint8Array | string);
  'first_scid_dir'?: (number);
  'first_scid'?: (string);
  '_first_node_id'?: "first_node_id";
  '_first_path_key'?: "first_path_key";
  '_first_scid_dir'?: "first_scid_dir";
  '_first_scid'?: "first_scid";
}

export interface DecodeInvoicePaths__Output {
  'path': (_cln_DecodeInvoicePathsPath__Output)[];
  'payinfo': (_cln_DecodeInvoicePathsPayinfo__Output | null);
  'first_node_id'?: (Buffer);
  'first_path_key'?: (Buffer);
  'first_scid_dir'?: (number);
  'first_scid'?: (string);
  '_first_node_id'?: "first_node_id";
  '_first_path_key'?: "first_path_key";
  '_first_scid_dir'?: "first_scid_dir";
  '_first_scid'?: "first_scid";
}
