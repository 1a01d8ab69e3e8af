// Original file: proto/node.proto

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from '../cln/Amount.ts';
import type { Long } from '@grpc/proto-loader';

export interface AskrenelistreservationsReservations {
  'short_channel_id_dir'?: (string);
  'amount_msat'?: (_cln_Amount | null);
  'age_in_seconds'?: (number | string | Long);
  'command_id'?: (string);
}

export interface AskrenelistreservationsReservations__Output {
  'short_channel_id_dir': (string);
  'amount_msat': (_cln_Amount__Output | null);
  'age_in_seconds': (string);
  'command_id': (string);
}
