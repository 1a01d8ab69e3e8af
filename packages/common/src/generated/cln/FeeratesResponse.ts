// Original file: proto/node.proto

import type { FeeratesPerkb as _cln_FeeratesPerkb, FeeratesPerkb__Output as _cln_FeeratesPerkb__Output } from '../cln/FeeratesPerkb.ts';
import type { FeeratesPerkw as _cln_FeeratesPerkw, FeeratesPerkw__Output as _cln_FeeratesPerkw__Output } from '../cln/FeeratesPerkw.ts';
import type { FeeratesOnchainFeeEstimates as _cln_FeeratesOnchainFeeEstimates, FeeratesOnchainFeeEstimates__Output as _cln_FeeratesOnchainFeeEstimates__Output } from '../cln/FeeratesOnchainFeeEstimates.ts';

export interface FeeratesResponse {
  'warning_missing_feerates'?: (string);
  'perkb'?: (_cln_FeeratesPerkb | null);
  'perkw'?: (_cln_FeeratesPerkw | null);
  'onchain_fee_estimates'?: (_cln_FeeratesOnchainFeeEstimates | null);
  '_warning_missing_feerates'?: "warning_missing_feerates";
  '_perkb'?: "perkb";
  '_perkw'?: "perkw";
  '_onchain_fee_estimates'?: "onchain_fee_estimates";
}

export interface FeeratesResponse__Output {
  'warning_missing_feerates'?: (string);
  'perkb'?: (_cln_FeeratesPerkb__Output | null);
  'perkw'?: (_cln_FeeratesPerkw__Output | null);
  'onchain_fee_estimates'?: (_cln_FeeratesOnchainFeeEstimates__Output | null);
  '_warning_missing_feerates'?: "warning_missing_feerates";
  '_perkb'?: "perkb";
  '_perkw'?: "perkw";
  '_onchain_fee_estimates'?: "onchain_fee_estimates";
}
