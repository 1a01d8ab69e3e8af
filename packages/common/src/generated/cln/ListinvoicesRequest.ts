// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

// Original file: proto/node.proto

export const _cln_ListinvoicesRequest_ListinvoicesIndex = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
} as const;

export type _cln_ListinvoicesRequest_ListinvoicesIndex =
  | 'CREATED'
  | 0
  | 'UPDATED'
  | 1

export type _cln_ListinvoicesRequest_ListinvoicesIndex__Output = typeof _cln_ListinvoicesRequest_ListinvoicesIndex[keyof typeof _cln_ListinvoicesRequest_ListinvoicesIndex]

export interface ListinvoicesRequest {
  'label'?: (string);
  'invstring'?: (string);
  'payment_hash'?: (Buffer | Uint8Array | string);
  'offer_id'?: (string);
  'index'?: (_cln_ListinvoicesRequest_ListinvoicesIndex);
  'start'?: (number | string | Long);
  'limit'?: (number);
  '_label'?: "label";
  '_invstring'?: "invstring";
  '_payment_hash'?: "payment_hash";
  '_offer_id'?: "offer_id";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}

export interface ListinvoicesRequest__Output {
  'label'?: (string);
  'invstring'?: (string);
  'payment_hash'?: (Buffer);
  'offer_id'?: (string);
  'index'?: (_cln_ListinvoicesRequest_ListinvoicesIndex__Output);
  'start'?: (string);
  'limit'?: (number);
  '_label'?: "label";
  '_invstring'?: "invstring";
  '_payment_hash'?: "payment_hash";
  '_offer_id'?: "offer_id";
  '_index'?: "index";
  '_start'?: "start";
  '_limit'?: "limit";
}
