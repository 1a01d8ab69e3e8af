// Original file: proto/node.proto

import type { DecodeOfferPathsPath as _cln_DecodeOfferPathsPath, DecodeOfferPathsPath__Output as _cln_DecodeOfferPathsPath__Output } from '../cln/DecodeOfferPathsPath.ts';

export interface DecodeOfferPaths {
  'first_node_id'?: (Buffer | Uint8Array | string);
  'blinding'?: (Buffer | Uint8Array | string);
  'path'?: (_cln_DecodeOfferPathsPath)[];
  'first_scid_dir'?: (number);
  'first_scid'?: (string);
  'first_path_key'?: (Buffer | Uint8Array | string);
  '_first_node_id'?: "first_node_id";
  '_first_scid_dir'?: "first_scid_dir";
  '_first_scid'?: "first_scid";
  '_first_path_key'?: "first_path_key";
}

export interface DecodeOfferPaths__Output {
  'first_node_id'?: (Buffer);
  'blinding': (Buffer);
  'path': (_cln_DecodeOfferPathsPath__Output)[];
  'first_scid_dir'?: (number);
  'first_scid'?: (string);
  'first_path_key'?: (Buffer);
  '_first_node_id'?: "first_node_id";
  '_first_scid_dir'?: "first_scid_dir";
  '_first_scid'?: "first_scid";
  '_first_path_key'?: "first_path_key";
}
