// Original file: proto/greenlight.proto

import type { Long } from '@grpc/proto-loader';

export interface TrampolinePayRequest {
  'bolt11'?: (string);
  'trampoline_node_id'?: (Buffer | Uint8Array | string);
  'amount_msat'?: (number | string | Long);
  'label'?: (string);
  'maxfeepercent'?: (number | string);
  'maxdelay'?: (number);
  'description'?: (string);
}

export interface TrampolinePayRequest__Output {
  'bolt11': (string);
  'trampoline_node_id': (Buffer);
  'amount_msat': (string);
  'label': (string);
  'maxfeepercent': (number);
  'maxdelay': (number);
  'description': (string);
}
