// Original file: proto/node.proto

import type { AskreneunreservePath as _cln_AskreneunreservePath, AskreneunreservePath__Output as _cln_AskreneunreservePath__Output } from '../cln/AskreneunreservePath.ts';

export interface AskreneunreserveRequest {
  'path'?: (_cln_AskreneunreservePath)[];
  'dev_remove_all'?: (boolean);
  '_dev_remove_all'?: "dev_remove_all";
}

export interface AskreneunreserveRequest__Output {
  'path': (_cln_AskreneunreservePath__Output)[];
  'dev_remove_all'?: (boolean);
  '_dev_remove_all'?: "dev_remove_all";
}
