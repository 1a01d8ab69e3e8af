// Original file: proto/node.proto

import type { ListnodesNodesAddresses as _cln_ListnodesNodesAddresses, ListnodesNodesAddresses__Output as _cln_ListnodesNodesAddresses__Output } from '../cln/ListnodesNodesAddresses.ts';
import type { ListnodesNodesOptionWillFund as _cln_ListnodesNodesOptionWillFund, ListnodesNodesOptionWillFund__Output as _cln_ListnodesNodesOptionWillFund__Output } from '../cln/ListnodesNodesOptionWillFund.ts';

export interface ListnodesNodes {
  'nodeid'?: (Buffer | Uint8Array | string);
  'last_timestamp'?: (number);
  'alias'?: (string);
  'color'?: (Buffer | Uint8Array | string);
  'features'?: (Buffer | Uint8Array | string);
  'addresses'?: (_cln_ListnodesNodesAddresses)[];
  'option_will_fund'?: (_cln_ListnodesNodesOptionWillFund | null);
  '_last_timestamp'?: "last_timestamp";
  '_alias'?: "alias";
  '_color'?: "color";
  '_features'?: "features";
  '_option_will_fund'?: "option_will_fund";
}

export interface ListnodesNodes__Output {
  'nodeid': (Buffer);
  'last_timestamp'?: (number);
  'alias'?: (string);
  'color'?: (Buffer);
  'features'?: (Buffer);
  'addresses': (_cln_ListnodesNodesAddresses__Output)[];
  'option_will_fund'?: (_cln_ListnodesNodesOptionWillFund__Output | null);
  '_last_timestamp'?: "last_timestamp";
  '_alias'?: "alias";
  '_color'?: "color";
  '_features'?: "features";
  '_option_will_fund'?: "option_will_fund";
}
