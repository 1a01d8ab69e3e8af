// Original file: proto/node.proto

import type { Long } from '@grpc/proto-loader';

export interface FeeratesOnchainFeeEstimates {
  'opening_channel_satoshis'?: (number | string | Long);
  'mutual_close_satoshis'?: (number | string | Long);
  'unilateral_close_satoshis'?: (number | string | Long);
  'htlc_timeout_satoshis'?: (number | string | Long);
  'htlc_success_satoshis'?: (number | string | Long);
  'unilateral_close_nonanchor_satoshis'?: (number | string | Long);
  '_unilateral_close_nonanchor_satoshis'?: "unilateral_close_nonanchor_satoshis";
}

export interface FeeratesOnchainFeeEstimates__Output {
  'opening_channel_satoshis': (string);
  'mutual_close_satoshis': (string);
  'unilateral_close_satoshis': (string);
  'htlc_timeout_satoshis': (string);
  'htlc_success_satoshis': (string);
  'unilateral_close_nonanchor_satoshis'?: (string);
  '_unilateral_close_nonanchor_satoshis'?: "unilateral_close_nonanchor_satoshis";
}
