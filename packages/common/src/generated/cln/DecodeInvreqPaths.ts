// Original file: proto/node.proto

import type { DecodeInvreqPathsPath as _cln_DecodeInvreqPathsPath, DecodeInvreqPathsPath__Output as _cln_DecodeInvreqPathsPath__Output } from '../cln/DecodeInvreqPathsPath.ts';

export interface DecodeInvreqPaths {
  'first_scid_dir'?: (number);
  'first_node_id'?: (Buffer | Uint8Array | string);
  'first_scid'?: (string);
  'path'?: (_cln_DecodeInvreqPathsPath)[];
  'first_path_key'?: (Buffer | Uint8Array | string);
  '_first_scid_dir'?: "first_scid_dir";
  '_first_node_id'?: "first_node_id";
  '_first_scid'?: "first_scid";
  '_first_path_key'?: "first_path_key";
}

export interface DecodeInvreqPaths__Output {
  'first_scid_dir'?: (number);
  'first_node_id'?: (Buffer);
  'first_scid'?: (string);
  'path': (_cln_DecodeInvreqPathsPath__Output)[];
  'first_path_key'?: (Buffer);
  '_first_scid_dir'?: "first_scid_dir";
  '_first_node_id'?: "first_node_id";
  '_first_scid'?: "first_scid";
  '_first_path_key'?: "first_path_key";
}
